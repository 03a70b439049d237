import { describe, expect, it } from 'vitest';
import { sampleCapture } from '../testing/sample-job.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { writeCoverLetter } from './cover-letter.ts';
import { editLetter, editResume, finishEdits, type ResumeEdit, skillsFromLine } from './edit.ts';
import { bulletPart, letterClaims, paragraphPart, resumeClaims } from './edit-claims.ts';
import { CoverLetter, TailoredResume } from './schema.ts';
import { presentSections, sectionOrder } from './sections.ts';
import { tailorResume } from './tailor-resume.ts';

const NOW = new Date('2026-11-01');
const JOB = sampleCapture({
  title: 'Senior Platform Engineer',
  company: 'Fjord Energy',
  descriptionHtml: '<h3>Requirements</h3><ul><li>Kafka and PostgreSQL in production</li><li>Go</li></ul>',
});
const DRAFT = tailorResume(BACKEND_ENGINEER, JOB, { now: NOW });
const edits = (...list: ResumeEdit[]) => list.reduce(editResume, DRAFT);

describe('editing a tailored resume', () => {
  it('moves a section among the ones that print, and the order is what the renderer reads', () => {
    const noSummary = { ...DRAFT, summary: '' };
    expect(presentSections(noSummary)).toEqual(['skills', 'experience', 'education', 'languages']);
    const moved = editResume(noSummary, { kind: 'move-section', section: 'experience', by: -1 });
    expect(presentSections(moved)).toEqual(['experience', 'skills', 'education', 'languages']);
    // Every section once, the empty ones after the printed ones.
    expect(sectionOrder(moved)).toEqual(['experience', 'skills', 'education', 'languages', 'summary', 'certifications']);
    // Past either end nothing moves.
    expect(presentSections(editResume(moved, { kind: 'move-section', section: 'experience', by: -1 }))).toEqual(presentSections(moved));
    expect(presentSections(editResume(moved, { kind: 'move-section', section: 'languages', by: 1 }))).toEqual(presentSections(moved));
  });

  it('rewords, adds and removes bullets under their role, keeping the facts and the reasons', () => {
    const edited = edits(
      { kind: 'bullet', role: 0, bullet: 0, text: 'Ran PostgreSQL and Kafka clusters at scale' },
      { kind: 'add-bullet', role: 0 },
      { kind: 'bullet', role: 0, bullet: 2, text: 'Mentored backend engineers' },
      { kind: 'remove-bullet', role: 1, bullet: 0 },
    );
    expect(edited.experience[0]).toMatchObject({ employer: 'Zalando', title: 'Senior Backend Engineer', start: '2020-01' });
    expect(edited.experience[0]?.bullets.map((b) => b.text)).toEqual([
      'Ran PostgreSQL and Kafka clusters at scale',
      'Built Go and Python services on Kubernetes',
      'Mentored backend engineers',
    ]);
    expect(edited.experience[0]?.bullets[0]?.reason).toBe(DRAFT.experience[0]?.bullets[0]?.reason);
    expect(edited.experience[1]?.bullets).toEqual(DRAFT.experience[1]?.bullets.slice(1));
    expect(DRAFT.experience[0]?.bullets).toHaveLength(2);
  });

  it('reads the skills line as the user types it: separators, spaces and repeats', () => {
    expect(skillsFromLine('Go,  Kafka; PostgreSQL,\nkafka, ')).toEqual(['Go', 'Kafka', 'PostgreSQL']);
    expect(edits({ kind: 'skills', skills: skillsFromLine('Go, Kafka') }).skills).toEqual(['Go', 'Kafka']);
  });

  it('finishes as the same type: blanks dropped, marked as the user’s only when it differs from the draft', () => {
    const typing = edits({ kind: 'add-bullet', role: 0 }, { kind: 'summary', text: `  ${DRAFT.summary}  ` });
    // An empty bullet and spaces around the summary: nothing the user would call an edit.
    expect(finishEdits(DRAFT, typing)).toBe(DRAFT);
    const there = edits({ kind: 'move-section', section: 'skills', by: 1 }, { kind: 'move-section', section: 'skills', by: -1 });
    expect(finishEdits(DRAFT, there)).toBe(DRAFT);

    const mine = finishEdits(
      DRAFT,
      edits(
        { kind: 'add-bullet', role: 1 },
        { kind: 'move-section', section: 'skills', by: 1 },
        { kind: 'summary', text: 'Backend engineer. ' },
      ),
    );
    expect(mine).toMatchObject({ summary: 'Backend engineer.', editedByUser: true, provider: 'offline' });
    expect(mine.experience[1]?.bullets).toHaveLength(2);
    expect(TailoredResume.parse(mine)).toEqual(mine);
  });
});

describe('the verifier on the user’s edits', () => {
  it('flags a figure and an employer the user typed, beside the text they came from', () => {
    const edited = edits(
      { kind: 'bullet', role: 0, bullet: 1, text: 'Built Go services on Kubernetes serving 40 million users' },
      { kind: 'summary', text: 'Backend engineer, previously at Deloitte.' },
    );
    const parts = resumeClaims(BACKEND_ENGINEER, edited, NOW);
    expect([...parts.keys()]).toEqual(['summary', bulletPart(0, 1)]);
    expect(parts.get('summary')).toEqual([{ kind: 'employer', text: 'Deloitte', where: 'summary' }]);
    expect(parts.get(bulletPart(0, 1))).toEqual([{ kind: 'number', text: '40 million', where: 'Zalando, bullet 2' }]);
  });

  it('flags a skill added to the skills line and another role’s figure moved under this one', () => {
    expect(resumeClaims(BACKEND_ENGINEER, edits({ kind: 'skills', skills: ['Go', 'Rust'] }), NOW).get('skills')).toEqual([
      { kind: 'skill', text: 'Rust', where: 'skills' },
    ]);
    // The 24-bed ICU is the nurse's current role; the older role (SSM Health) may not claim it.
    const nurse = tailorResume(NURSE, JOB, { now: NOW });
    const older = nurse.experience.findIndex((e) => e.employer === 'SSM Health');
    const moved = editResume(nurse, { kind: 'bullet', role: older, bullet: 0, text: 'Cared for patients in a 24-bed ICU' });
    expect(resumeClaims(NURSE, moved, NOW).get(bulletPart(older, 0))).toEqual([
      { kind: 'achievement', text: '24', where: 'SSM Health, bullet 1' },
    ]);
  });

  it('flags nothing for faithful edits: rewording, reordering, dropping, and the draft itself', () => {
    expect(resumeClaims(BACKEND_ENGINEER, DRAFT, NOW).size).toBe(0);
    const faithful = edits(
      { kind: 'bullet', role: 0, bullet: 0, text: 'Operated PostgreSQL and Kafka at scale for Zalando' },
      { kind: 'remove-bullet', role: 1, bullet: 1 },
      { kind: 'add-bullet', role: 1 },
      { kind: 'summary', text: 'Senior backend engineer who builds Go and Python services.' },
      { kind: 'move-section', section: 'experience', by: -1 },
    );
    expect(resumeClaims(BACKEND_ENGINEER, faithful, NOW).size).toBe(0);
  });
});

describe('editing a cover letter', () => {
  const ICU = sampleCapture({ title: 'Registered Nurse - ICU', company: 'Mercy Health', descriptionHtml: '<p>Epic and ACLS.</p>' });
  const LETTER = writeCoverLetter(NURSE, ICU, { now: NOW });

  it('rewords, adds and removes paragraphs, keeping at least one, and stays a cover letter', () => {
    const one = LETTER.paragraphs.slice(1).reduce((l) => editLetter(l, { kind: 'remove-paragraph', index: 0 }), LETTER);
    expect(one.paragraphs).toEqual(LETTER.paragraphs.slice(-1));
    expect(editLetter(one, { kind: 'remove-paragraph', index: 0 })).toBe(one);
    const added = editLetter(editLetter(one, { kind: 'add-paragraph' }), { kind: 'paragraph', index: 1, text: 'I would like to talk.' });
    const mine = finishEdits(LETTER, editLetter(added, { kind: 'closing', text: 'Best,' }));
    expect(mine).toMatchObject({
      paragraphs: [...LETTER.paragraphs.slice(-1), 'I would like to talk.'],
      closing: 'Best,',
      editedByUser: true,
    });
    expect(CoverLetter.parse(mine)).toEqual(mine);
  });

  it('flags what the user adds that the profile does not say, paragraph by paragraph', () => {
    expect(letterClaims(NURSE, ICU, LETTER, NOW).size).toBe(0);
    const edited = editLetter(LETTER, { kind: 'paragraph', index: 1, text: 'At Mayo Clinic I cared for 12 patients per shift.' });
    const parts = letterClaims(NURSE, ICU, edited, NOW);
    expect([...parts.keys()]).toEqual([paragraphPart(1)]);
    expect(parts.get(paragraphPart(1))?.map((c) => `${c.kind}:${c.text}:${c.where}`)).toEqual([
      'employer:Mayo Clinic:paragraph 2',
      'number:12:paragraph 2',
    ]);
  });
});
