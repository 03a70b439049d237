import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import type { SectionProps } from './ProfileField.tsx';

/** The profile editor's free text and lists: summary, skills, languages, certifications and projects, each read back from what is typed. */

const LANGUAGE_LEVELS = ['native', 'fluent', 'professional', 'conversational', 'basic'] as const;

/** A full-width text box labelled by its children: a textarea of `rows` lines, or a one-line input without rows. */
function WideText(props: { children: string; testId: string; rows?: number; value: string; onChange: (text: string) => void }) {
  const onChange = (e: { currentTarget: { value: string } }) => props.onChange(e.currentTarget.value);
  return props.rows ? (
    <label className="wide">
      {props.children}
      <textarea data-testid={props.testId} rows={props.rows} value={props.value} onChange={onChange} />
    </label>
  ) : (
    <label className="wide">
      {props.children}
      <input data-testid={props.testId} value={props.value} onChange={onChange} />
    </label>
  );
}

const items = (text: string, separator: string) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

const lines = (text: string) => text.split('\n').filter((l) => l.trim());

/** Comma-separated names; a skill already in the profile keeps its years and level. */
const readSkills = (text: string, known: ProfileDraft['skills']): ProfileDraft['skills'] =>
  items(text, ',').map((name) => known.find((s) => s.name === name) ?? { name, years: null, level: null });

/** "English (native), German (fluent)": a level is kept only when it is one the profile knows. */
const readLanguages = (text: string): ProfileDraft['languages'] =>
  items(text, ',').map((item) => {
    const [, name = item, level = ''] = /^(.*?)\s*(?:\((.*)\))?$/.exec(item) ?? [];
    return { name: name.trim(), level: LANGUAGE_LEVELS.find((k) => k === level.trim().toLowerCase()) ?? null };
  });

const readCertifications = (text: string): ProfileDraft['certifications'] => lines(text).map((name) => ({ name, issuer: '', year: '' }));

/** One project a line, "Name: what it is". */
const readProjects = (text: string): ProfileDraft['projects'] =>
  lines(text).map((l) => {
    const [name = l, ...rest] = l.split(':');
    return { name: name.trim(), description: rest.join(':').trim(), url: '' };
  });

export function SummaryFieldset({ draft, set }: SectionProps) {
  const skills = draft.skills.map((s) => s.name).join(', ');
  const languages = draft.languages.map((l) => (l.level ? `${l.name} (${l.level})` : l.name)).join(', ');
  const certifications = draft.certifications.map((c) => c.name).join('\n');
  const projects = draft.projects.map((p) => (p.description ? `${p.name}: ${p.description}` : p.name)).join('\n');
  return (
    <fieldset>
      <legend>Summary and skills</legend>
      <WideText testId="profile-summary" rows={3} value={draft.summary} onChange={(summary) => set({ summary })}>
        Summary
      </WideText>
      <WideText testId="profile-skills" rows={3} value={skills} onChange={(text) => set({ skills: readSkills(text, draft.skills) })}>
        Skills (comma-separated)
      </WideText>
      <WideText testId="profile-languages" value={languages} onChange={(text) => set({ languages: readLanguages(text) })}>
        Languages (e.g. "English (native), German (fluent)")
      </WideText>
      <WideText
        testId="profile-certifications"
        rows={2}
        value={certifications}
        onChange={(text) => set({ certifications: readCertifications(text) })}
      >
        Certifications and licenses (one per line)
      </WideText>
      <WideText testId="profile-projects" rows={2} value={projects} onChange={(text) => set({ projects: readProjects(text) })}>
        Projects (one per line: "Name: what it is")
      </WideText>
    </fieldset>
  );
}
