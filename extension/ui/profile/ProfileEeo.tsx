import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import type { SectionProps } from './ProfileField.tsx';

/** The profile editor's voluntary EEO answers, each "Decline to answer" unless the user chooses otherwise. */

const EEO_FIELDS: Array<[keyof ProfileDraft['eeo'], string, string[]]> = [
  ['gender', 'Gender', ['decline', 'Female', 'Male', 'Non-binary']],
  [
    'race',
    'Race / ethnicity',
    [
      'decline',
      'American Indian or Alaska Native',
      'Asian',
      'Black or African American',
      'Native Hawaiian or Other Pacific Islander',
      'White',
      'Two or more races',
    ],
  ],
  ['hispanicLatino', 'Hispanic or Latino', ['decline', 'Yes', 'No']],
  ['veteran', 'Veteran status', ['decline', 'I am a protected veteran', 'I am not a protected veteran']],
  ['disability', 'Disability', ['decline', 'Yes, I have a disability', 'No, I do not have a disability']],
];

export function EeoFieldset({ draft, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Voluntary self-identification</legend>
      <p className="muted">
        Used only to answer the optional EEO questions on US applications. "Decline to answer" unless you choose otherwise.
      </p>
      {EEO_FIELDS.map(([key, label, options]) => (
        <label key={key}>
          {label}
          <select
            data-testid={`profile-eeo-${key}`}
            value={draft.eeo[key]}
            onChange={(e) => set({ eeo: { ...draft.eeo, [key]: e.currentTarget.value } })}
          >
            {options.map((o) => (
              <option key={o} value={o}>
                {o === 'decline' ? 'Decline to answer' : o}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
