import type { ProfileDraft } from '../../shared/schemas/profile.ts';

type Draft = ProfileDraft;
type Exp = Draft['experience'][number];
type Edu = Draft['education'][number];

const EEO_FIELDS: Array<[keyof Draft['eeo'], string, string[]]> = [
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

function Field(props: { label: string; value: string; onChange: (v: string) => void; testId: string; type?: string; wide?: boolean }) {
  return (
    <label className={props.wide ? 'wide' : undefined}>
      {props.label}
      <input
        data-testid={props.testId}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Every profile field, editable; used for the imported draft and for later edits alike. */
export function ProfileEditor({ draft, onChange }: { draft: Draft; onChange: (next: Draft) => void }) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const setExp = (i: number, patch: Partial<Exp>) =>
    set({ experience: draft.experience.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  const setEdu = (i: number, patch: Partial<Edu>) => set({ education: draft.education.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  const auth = draft.workAuthorization[0] ?? { country: '', authorized: true, needsSponsorship: false };
  const setAuth = (patch: Partial<typeof auth>) => {
    const next = { ...auth, ...patch };
    set({
      workAuthorization:
        next.country.length === 2
          ? [{ ...next, country: next.country.toUpperCase() }, ...draft.workAuthorization.slice(1)]
          : draft.workAuthorization.slice(1),
    });
  };

  return (
    <div className="editor">
      <fieldset>
        <legend>Contact</legend>
        <Field
          label="First name"
          testId="profile-first-name"
          value={draft.name.first}
          onChange={(first) => set({ name: { ...draft.name, first } })}
        />
        <Field
          label="Last name"
          testId="profile-last-name"
          value={draft.name.last}
          onChange={(last) => set({ name: { ...draft.name, last } })}
        />
        <Field label="Email" testId="profile-email" type="email" value={draft.email} onChange={(email) => set({ email })} />
        <Field label="Phone" testId="profile-phone" value={draft.phone} onChange={(phone) => set({ phone })} />
        <Field label="Location" testId="profile-location" value={draft.location} onChange={(location) => set({ location })} wide />
        <Field
          label="LinkedIn"
          testId="profile-linkedin"
          value={draft.links.linkedin}
          onChange={(linkedin) => set({ links: { ...draft.links, linkedin } })}
          wide
        />
        <Field
          label="GitHub"
          testId="profile-github"
          value={draft.links.github}
          onChange={(github) => set({ links: { ...draft.links, github } })}
        />
        <Field
          label="Portfolio"
          testId="profile-portfolio"
          value={draft.links.portfolio}
          onChange={(portfolio) => set({ links: { ...draft.links, portfolio } })}
        />
      </fieldset>

      <fieldset>
        <legend>Preferences</legend>
        <Field
          label="Salary expectation"
          testId="profile-salary"
          value={draft.salaryExpectation}
          onChange={(salaryExpectation) => set({ salaryExpectation })}
        />
        <Field
          label="Notice period"
          testId="profile-notice"
          value={draft.noticePeriod}
          onChange={(noticePeriod) => set({ noticePeriod })}
        />
        <Field
          label="Earliest start"
          testId="profile-start"
          value={draft.earliestStart}
          onChange={(earliestStart) => set({ earliestStart })}
        />
        <Field
          label="Authorized to work in (country code)"
          testId="profile-work-country"
          value={auth.country}
          onChange={(country) => setAuth({ country })}
        />
        <label className="check">
          <input
            type="checkbox"
            data-testid="profile-sponsorship"
            checked={auth.needsSponsorship}
            onChange={(e) => setAuth({ needsSponsorship: e.currentTarget.checked })}
          />
          I need visa sponsorship
        </label>
        <label className="check">
          <input
            type="checkbox"
            data-testid="profile-relocate"
            checked={draft.willingToRelocate === true}
            onChange={(e) => set({ willingToRelocate: e.currentTarget.checked })}
          />
          Open to relocating
        </label>
      </fieldset>

      <fieldset>
        <legend>Summary and skills</legend>
        <label className="wide">
          Summary
          <textarea
            data-testid="profile-summary"
            rows={3}
            value={draft.summary}
            onChange={(e) => set({ summary: e.currentTarget.value })}
          />
        </label>
        <label className="wide">
          Skills (comma-separated)
          <textarea
            data-testid="profile-skills"
            rows={3}
            value={draft.skills.map((s) => s.name).join(', ')}
            onChange={(e) =>
              set({
                skills: e.currentTarget.value
                  .split(',')
                  .map((name) => name.trim())
                  .filter(Boolean)
                  .map((name) => draft.skills.find((s) => s.name === name) ?? { name, years: null, level: null }),
              })
            }
          />
        </label>
        <label className="wide">
          Languages (e.g. "English (native), German (fluent)")
          <input
            data-testid="profile-languages"
            value={draft.languages.map((l) => (l.level ? `${l.name} (${l.level})` : l.name)).join(', ')}
            onChange={(e) =>
              set({
                languages: e.currentTarget.value
                  .split(',')
                  .map((item) => item.trim())
                  .filter(Boolean)
                  .map((item) => {
                    const [, name = item, level = ''] = /^(.*?)\s*(?:\((.*)\))?$/.exec(item) ?? [];
                    const known = ['native', 'fluent', 'professional', 'conversational', 'basic'] as const;
                    return { name: name.trim(), level: known.find((k) => k === level.trim().toLowerCase()) ?? null };
                  }),
              })
            }
          />
        </label>
        <label className="wide">
          Certifications and licenses (one per line)
          <textarea
            data-testid="profile-certifications"
            rows={2}
            value={draft.certifications.map((c) => c.name).join('\n')}
            onChange={(e) =>
              set({
                certifications: e.currentTarget.value
                  .split('\n')
                  .filter((l) => l.trim())
                  .map((name) => ({ name, issuer: '', year: '' })),
              })
            }
          />
        </label>
        <label className="wide">
          Projects (one per line: "Name: what it is")
          <textarea
            data-testid="profile-projects"
            rows={2}
            value={draft.projects.map((p) => (p.description ? `${p.name}: ${p.description}` : p.name)).join('\n')}
            onChange={(e) =>
              set({
                projects: e.currentTarget.value
                  .split('\n')
                  .filter((l) => l.trim())
                  .map((l) => {
                    const [name = l, ...rest] = l.split(':');
                    return { name: name.trim(), description: rest.join(':').trim(), url: '' };
                  }),
              })
            }
          />
        </label>
      </fieldset>

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
              <textarea
                rows={3}
                value={exp.bullets.join('\n')}
                onChange={(e) => setExp(i, { bullets: e.currentTarget.value.split('\n') })}
              />
            </label>
            <button
              type="button"
              className="secondary small"
              onClick={() => set({ experience: draft.experience.filter((_, j) => j !== i) })}
            >
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
    </div>
  );
}
