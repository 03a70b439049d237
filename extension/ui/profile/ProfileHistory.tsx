import type { ComponentChildren } from 'preact';
import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import { Field, type SectionProps } from './ProfileField.tsx';

/** The profile editor's work history and education: one entry per role or school, added and removed by hand. */

type History = 'experience' | 'education';
type Entry<K extends History> = ProfileDraft[K][number];
type EntryFields<K extends History> = (entry: Entry<K>, patch: (patch: Partial<Entry<K>>) => void) => ComponentChildren;

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The draft's list `list` as a fieldset of entries; each entry's fields come from `fields`. */
function Entries<K extends History>({
  draft,
  set,
  list,
  legend,
  addLabel,
  blank,
  fields,
}: SectionProps & { list: K; legend: string; addLabel: string; blank: Entry<K>; fields: EntryFields<K> }) {
  const entries = draft[list] as Entry<K>[];
  const change = (next: Entry<K>[]) => set({ [list]: next });
  return (
    <fieldset>
      <legend>{legend}</legend>
      {entries.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id until saved; order is the identity here.
        <div className="entry" key={i} data-testid={`profile-${list}`}>
          {fields(entry, (patch) => change(entries.map((e, j) => (j === i ? { ...e, ...patch } : e))))}
          <button type="button" className="secondary small" onClick={() => change(entries.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="secondary small" onClick={() => change([...entries, blank])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

const roleFields: EntryFields<'experience'> = (exp, patch) => (
  <>
    <Field label="Title" testId="experience-title" value={exp.title} onChange={(title) => patch({ title })} />
    <Field label="Employer" testId="experience-employer" value={exp.employer} onChange={(employer) => patch({ employer })} />
    <Field label="Start (YYYY-MM)" testId="experience-start" value={exp.start ?? ''} onChange={(v) => patch({ start: orNull(v) })} />
    <Field label="End (empty = present)" testId="experience-end" value={exp.end ?? ''} onChange={(v) => patch({ end: orNull(v) })} />
    <label className="wide">
      Bullets (one per line)
      <textarea rows={3} value={exp.bullets.join('\n')} onChange={(e) => patch({ bullets: e.currentTarget.value.split('\n') })} />
    </label>
  </>
);

const schoolFields: EntryFields<'education'> = (edu, patch) => (
  <>
    <Field label="School" testId="education-school" value={edu.school} onChange={(school) => patch({ school })} wide />
    <Field label="Degree" testId="education-degree" value={edu.degree} onChange={(degree) => patch({ degree })} />
    <Field label="Field" testId="education-field" value={edu.field} onChange={(field) => patch({ field })} />
    <Field label="End" testId="education-end" value={edu.end ?? ''} onChange={(v) => patch({ end: orNull(v) })} />
  </>
);

const NEW_ROLE: Entry<'experience'> = { title: '', employer: '', location: '', start: null, end: null, bullets: [] };
const NEW_SCHOOL: Entry<'education'> = { school: '', degree: '', field: '', start: null, end: null };

export const ExperienceFieldset = (props: SectionProps) => (
  <Entries {...props} list="experience" legend="Experience" addLabel="Add a role" blank={NEW_ROLE} fields={roleFields} />
);

export const EducationFieldset = (props: SectionProps) => (
  <Entries {...props} list="education" legend="Education" addLabel="Add education" blank={NEW_SCHOOL} fields={schoolFields} />
);
