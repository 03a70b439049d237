import type { CoverLetter, ResumeSection, TailoredResume } from './schema.ts';
import { moveSection, presentSections } from './sections.ts';

/**
 * The user's edits to a tailored document, applied one at a time. The result is the same type
 * as the writer's draft, so the renderer, the verifier and the versions read it unchanged. Facts
 * (employers, titles, dates, schools) stay the profile's: only the wording, the bullets, the
 * skills line, the letter's text and the order of the sections are the user's to change.
 *
 * While the user types, a bullet or a paragraph may be blank (they cleared it to write another);
 * `finishEdits` drops those and marks the document as the user's when it differs from the draft.
 */

export type ResumeEdit =
  | { kind: 'summary'; text: string }
  | { kind: 'skills'; skills: string[] }
  | { kind: 'bullet'; role: number; bullet: number; text: string }
  | { kind: 'add-bullet'; role: number }
  | { kind: 'remove-bullet'; role: number; bullet: number }
  | { kind: 'move-section'; section: ResumeSection; by: -1 | 1 };

export type LetterEdit =
  | { kind: 'greeting'; text: string }
  | { kind: 'paragraph'; index: number; text: string }
  | { kind: 'add-paragraph' }
  | { kind: 'remove-paragraph'; index: number }
  | { kind: 'closing'; text: string };

// The schema's limits (schema.ts), so an edited document still parses and syncs.
const MAX = { summary: 1200, bullet: 1000, bullets: 20, skill: 100, skills: 40, paragraph: 3000, paragraphs: 8, line: 200 };

/** "GAAP, NetSuite; Excel" → the skills, as the user typed them, each once. */
export function skillsFromLine(line: string): string[] {
  const seen = new Set<string>();
  return line
    .split(/[,;\n]/)
    .map((s) => s.trim().slice(0, MAX.skill))
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()))
    .slice(0, MAX.skills);
}

export function editResume(resume: TailoredResume, edit: ResumeEdit): TailoredResume {
  const bullets = (role: number, change: (b: TailoredResume['experience'][number]['bullets']) => typeof b) => ({
    ...resume,
    experience: resume.experience.map((e, i) => (i === role ? { ...e, bullets: change(e.bullets) } : e)),
  });
  switch (edit.kind) {
    case 'summary':
      return { ...resume, summary: edit.text.slice(0, MAX.summary) };
    case 'skills':
      return { ...resume, skills: edit.skills.slice(0, MAX.skills) };
    case 'bullet':
      // A reworded bullet keeps its reason: it still answers the same ask of the job.
      return bullets(edit.role, (list) => list.map((b, i) => (i === edit.bullet ? { ...b, text: edit.text.slice(0, MAX.bullet) } : b)));
    case 'add-bullet':
      return bullets(edit.role, (list) => (list.length < MAX.bullets ? [...list, { text: '', reason: '' }] : list));
    case 'remove-bullet':
      return bullets(edit.role, (list) => list.filter((_, i) => i !== edit.bullet));
    case 'move-section':
      return { ...resume, sections: moveSection(resume, edit.section, edit.by) };
  }
}

export function editLetter(letter: CoverLetter, edit: LetterEdit): CoverLetter {
  switch (edit.kind) {
    case 'greeting':
      return { ...letter, greeting: edit.text.slice(0, MAX.line) };
    case 'closing':
      return { ...letter, closing: edit.text.slice(0, MAX.line) };
    case 'paragraph':
      return { ...letter, paragraphs: letter.paragraphs.map((p, i) => (i === edit.index ? edit.text.slice(0, MAX.paragraph) : p)) };
    case 'add-paragraph':
      return letter.paragraphs.length < MAX.paragraphs ? { ...letter, paragraphs: [...letter.paragraphs, ''] } : letter;
    case 'remove-paragraph':
      // A letter keeps one paragraph (the schema's minimum); clearing its text is the way to empty it.
      return letter.paragraphs.length > 1 ? { ...letter, paragraphs: letter.paragraphs.filter((_, i) => i !== edit.index) } : letter;
  }
}

/** The document without the blanks left while typing: no empty bullet or paragraph, text trimmed. */
function withoutBlanks<T extends TailoredResume | CoverLetter>(doc: T): T {
  if (doc.kind === 'resume')
    return {
      ...doc,
      summary: doc.summary.trim(),
      experience: doc.experience.map((e) => ({
        ...e,
        bullets: e.bullets.map((b) => ({ ...b, text: b.text.trim() })).filter((b) => b.text),
      })),
    };
  const paragraphs = doc.paragraphs.map((p) => p.trim()).filter(Boolean);
  return { ...doc, greeting: doc.greeting.trim(), closing: doc.closing.trim(), paragraphs: paragraphs.length ? paragraphs : [''] };
}

/** The document as printed, to compare: its words and the order of the sections that print, without the flag. */
function comparable(doc: TailoredResume | CoverLetter): string {
  const { editedByUser: _, ...rest } = doc;
  return JSON.stringify(rest.kind === 'resume' ? { ...rest, sections: presentSections(doc as TailoredResume) } : rest);
}

/** What the user's edits add up to: blanks dropped, `editedByUser` set when it differs from the draft. */
export function finishEdits<T extends TailoredResume | CoverLetter>(draft: T, working: T): T {
  const mine = withoutBlanks(working);
  if (comparable(mine) === comparable(withoutBlanks(draft))) return draft;
  return { ...mine, editedByUser: true };
}
