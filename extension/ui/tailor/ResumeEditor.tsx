import { useEffect, useState } from 'preact/compat';
import { type ResumeEdit, skillsFromLine } from '../../../shared/tailor/edit.ts';
import { bulletPart, type PartClaims } from '../../../shared/tailor/edit-claims.ts';
import type { ResumeSection, TailoredResume } from '../../../shared/tailor/schema.ts';
import { presentSections, SECTION_LABELS } from '../../../shared/tailor/sections.ts';
import { EditField, useFocusAdded } from './EditField.tsx';

interface Props {
  resume: TailoredResume;
  claims: PartClaims;
  onEdit: (edit: ResumeEdit) => void;
}

/** The resume's parts in their printed order, each section with buttons that move it up or down. */
export function ResumeEditor({ resume, claims, onEdit }: Props) {
  const sections = presentSections(resume);
  // The button just pressed keeps the focus while its section moves (a keyboard user presses it again).
  const [pressed, setPressed] = useState<string | null>(null);
  const order = sections.join();
  useEffect(() => {
    if (pressed && order) document.getElementById(pressed)?.focus();
  }, [pressed, order]);

  const move = (section: ResumeSection, by: -1 | 1, id: string) => {
    onEdit({ kind: 'move-section', section, by });
    setPressed(id);
  };
  return (
    <div className="resume-editor">
      {sections.map((section, at) => {
        const label = SECTION_LABELS[section];
        const button = (by: -1 | 1, word: 'up' | 'down', end: boolean) => {
          const id = `tailor-move-${section}-${word}`;
          return (
            <button
              type="button"
              className="secondary small"
              id={id}
              data-testid={id}
              aria-label={`Move ${label} ${word}`}
              // Not `disabled`: the focus stays on a button that has reached the end.
              aria-disabled={end}
              onClick={() => (end ? undefined : move(section, by, id))}
            >
              <span aria-hidden="true">{by < 0 ? '↑' : '↓'}</span> {word === 'up' ? 'Up' : 'Down'}
            </button>
          );
        };
        return (
          <section key={section} className="edit-section" aria-labelledby={`edit-${section}`} data-testid="tailor-edit-section">
            <div className="edit-section-head">
              <h4 id={`edit-${section}`}>{label}</h4>
              {button(-1, 'up', at === 0)}
              {button(1, 'down', at === sections.length - 1)}
            </div>
            <SectionBody section={section} resume={resume} claims={claims} onEdit={onEdit} />
          </section>
        );
      })}
    </div>
  );
}

function SectionBody({ section, resume, claims, onEdit }: Props & { section: ResumeSection }) {
  switch (section) {
    case 'summary':
      return (
        <EditField
          id="edit-summary"
          label="Summary"
          hideLabel
          value={resume.summary}
          maxLength={1200}
          testId="tailor-edit-summary"
          claims={claims.get('summary')}
          onChange={(text) => onEdit({ kind: 'summary', text })}
        />
      );
    case 'skills':
      return <SkillsField skills={resume.skills} claims={claims} onEdit={onEdit} />;
    case 'experience':
      return (
        <>
          {resume.experience.map((role, r) => (
            <RoleBullets key={`${role.index}`} at={r} resume={resume} claims={claims} onEdit={onEdit} />
          ))}
        </>
      );
    case 'education':
      return <FromProfile items={resume.education.map((e) => [e.degree, e.school].filter(Boolean).join(', '))} />;
    default:
      return <FromProfile items={resume[section]} />;
  }
}

/** Facts the resume copies from the profile: changed there, not here. */
function FromProfile({ items }: { items: string[] }) {
  return (
    <p className="muted">
      {items.join('; ')}. <em>From your profile: change it in the Profile tab.</em>
    </p>
  );
}

/** The skills as one line the user types ("GAAP, NetSuite"); the text is kept as typed until it means other skills. */
function SkillsField({ skills, claims, onEdit }: { skills: string[]; claims: PartClaims; onEdit: (edit: ResumeEdit) => void }) {
  const [line, setLine] = useState(skills.join(', '));
  // Reset to the draft changes the skills from outside: the line follows.
  const same = (a: string[], b: string[]) => a.join('\n') === b.join('\n');
  if (!same(skillsFromLine(line), skillsFromLine(skills.join(', ')))) setLine(skills.join(', '));
  return (
    <EditField
      id="edit-skills"
      label="Skills, separated by commas"
      value={line}
      maxLength={4000}
      testId="tailor-edit-skills"
      claims={claims.get('skills')}
      onChange={(text) => {
        setLine(text);
        onEdit({ kind: 'skills', skills: skillsFromLine(text) });
      }}
    />
  );
}

function RoleBullets({ at, resume, claims, onEdit }: Props & { at: number }) {
  const role = resume.experience[at] as TailoredResume['experience'][number];
  const name = [role.title, role.employer].filter(Boolean).join(', ');
  // A bullet just added takes the focus, to be typed into.
  const focusAdded = useFocusAdded(`edit-bullet-${at}-${role.bullets.length - 1}`);
  return (
    <fieldset className="edit-role">
      <legend>{name}</legend>
      {role.bullets.map((b, i) => (
        <EditField
          // biome-ignore lint/suspicious/noArrayIndexKey: a bullet is its place in the role; its text is what changes.
          key={i}
          id={`edit-bullet-${at}-${i}`}
          label={`Bullet ${i + 1}, ${name}`}
          hideLabel
          value={b.text}
          maxLength={1000}
          testId="tailor-edit-bullet"
          claims={claims.get(bulletPart(at, i))}
          onChange={(text) => onEdit({ kind: 'bullet', role: at, bullet: i, text })}
        >
          <button
            type="button"
            className="secondary small"
            aria-label={`Remove bullet ${i + 1}, ${name}`}
            onClick={() => onEdit({ kind: 'remove-bullet', role: at, bullet: i })}
          >
            Remove
          </button>
        </EditField>
      ))}
      <button
        type="button"
        className="secondary small"
        data-testid="tailor-edit-add-bullet"
        aria-label={`Add a bullet, ${name}`}
        disabled={role.bullets.length >= 20}
        onClick={() => {
          onEdit({ kind: 'add-bullet', role: at });
          focusAdded();
        }}
      >
        Add a bullet
      </button>
    </fieldset>
  );
}
