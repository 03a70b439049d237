import type { ProfileDraft } from '../../shared/schemas/profile.ts';
import { Field, type SectionProps } from './ProfileField.tsx';

/** The profile editor's work history and education: one entry per role or school, added and removed by hand. */

type Exp = ProfileDraft['experience'][number];
type Edu = ProfileDraft['education'][number];

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export function ExperienceFieldset({ draft, set }: SectionProps) {
  const setExp = (i: number, patch: Partial<Exp>) =>
    set({ experience: draft.experience.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  return (
    <fieldset>
      <legend>Experience</legend>
      {draft.experience.map((exp, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id until saved; order is the identity here.
        <div className="entry" key={i} data-testid="profile-experience">
          <Field label="Title" testId="experience-title" value={exp.title} onChange={(title) => setExp(i, { title })} />
          <Field label="Employer" testId="experience-employer" value={exp.employer} onChange={(employer) => setExp(i, { employer })} />
          <Field
            label="Start (YYYY-MM)"
            testId="experience-start"
            value={exp.start ?? ''}
            onChange={(v) => setExp(i, { start: orNull(v) })}
          />
          <Field
            label="End (empty = present)"
            testId="experience-end"
            value={exp.end ?? ''}
            onChange={(v) => setExp(i, { end: orNull(v) })}
          />
          <label className="wide">
            Bullets (one per line)
            <textarea rows={3} value={exp.bullets.join('\n')} onChange={(e) => setExp(i, { bullets: e.currentTarget.value.split('\n') })} />
          </label>
          <button type="button" className="secondary small" onClick={() => set({ experience: draft.experience.filter((_, j) => j !== i) })}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary small"
        onClick={() =>
          set({ experience: [...draft.experience, { title: '', employer: '', location: '', start: null, end: null, bullets: [] }] })
        }
      >
        Add a role
      </button>
    </fieldset>
  );
}

export function EducationFieldset({ draft, set }: SectionProps) {
  const setEdu = (i: number, patch: Partial<Edu>) => set({ education: draft.education.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  return (
    <fieldset>
      <legend>Education</legend>
      {draft.education.map((edu, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: as above.
        <div className="entry" key={i} data-testid="profile-education">
          <Field label="School" testId="education-school" value={edu.school} onChange={(school) => setEdu(i, { school })} wide />
          <Field label="Degree" testId="education-degree" value={edu.degree} onChange={(degree) => setEdu(i, { degree })} />
          <Field label="Field" testId="education-field" value={edu.field} onChange={(field) => setEdu(i, { field })} />
          <Field label="End" testId="education-end" value={edu.end ?? ''} onChange={(v) => setEdu(i, { end: orNull(v) })} />
          <button type="button" className="secondary small" onClick={() => set({ education: draft.education.filter((_, j) => j !== i) })}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary small"
        onClick={() => set({ education: [...draft.education, { school: '', degree: '', field: '', start: null, end: null }] })}
      >
        Add education
      </button>
    </fieldset>
  );
}
