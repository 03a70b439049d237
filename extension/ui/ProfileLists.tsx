import type { SectionProps } from './ProfileField.tsx';

/** The profile editor's free text and lists: summary, skills, languages, certifications and projects, each read back from what is typed. */
export function SummaryFieldset({ draft, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Summary and skills</legend>
      <label className="wide">
        Summary
        <textarea data-testid="profile-summary" rows={3} value={draft.summary} onChange={(e) => set({ summary: e.currentTarget.value })} />
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
  );
}
