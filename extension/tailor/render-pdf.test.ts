import { describe, expect, it } from 'vitest';
import { renderCoverLetterPdf, renderResumePdf } from '../../shared/pdf/render.ts';
import { writeCoverLetter } from '../../shared/tailor/cover-letter.ts';
import { editResume, type ResumeEdit } from '../../shared/tailor/edit.ts';
import { tailorResume } from '../../shared/tailor/tailor-resume.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { NURSE } from '../../shared/testing/sample-profiles.ts';
import { nodeFonts } from './node-fonts.ts';
import { pdfLines } from './test-pdf-lines.ts';

const NOW = new Date('2026-11-01');
const JOB = sampleCapture({
  title: 'Registered Nurse - ICU',
  company: 'Mercy Health',
  descriptionHtml: '<h3>Requirements</h3><ul><li>Active RN license</li><li>BLS and ACLS</li><li>Epic charting</li></ul>',
});
// A name beyond WinAnsi: the fonts must carry every letter.
const PROFILE = { ...NURSE, name: { first: 'Łucja', last: 'Żółć-Müller', preferred: '' } };

describe('resume PDF', () => {
  it('is one page of real text in reading order, every section present, names as typed, tens of KB', async () => {
    const { bytes } = await renderResumePdf(tailorResume(PROFILE, JOB, { now: NOW }), await nodeFonts());
    const { totalPages, lines, text } = await pdfLines(bytes);
    expect(totalPages).toBe(1);
    expect(lines[0]).toBe('Łucja Żółć-Müller');
    const order = ['SUMMARY', 'SKILLS', 'EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'LANGUAGES'].map((h) => lines.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Registered Nurse, Cardiac ICU, Barnes-Jewish Hospital');
    expect(text).toContain('Jun 2019 – Present');
    expect(text).toContain('Saint Louis University');
    expect(bytes.byteLength).toBeLessThan(60_000);
  });

  it('prints names and symbols of every script the shipped fonts keep, as typed', async () => {
    const names = ['Nguyễn Thị Ánh', 'Γιώργος Παπαδόπουλος', 'Дмитрий Иванов', 'Çağrı Yılmaz', 'ნინო ბერიძე'];
    const bullet = 'Cut costs ≥ 15% (€1.2M → €1.0M) ✓ with “SQL” — ½ the time';
    for (const full of names) {
      const [first = '', ...rest] = full.split(' ');
      const last = rest.join(' ');
      const profile = {
        ...PROFILE,
        name: { first, last, preferred: '' },
        experience: PROFILE.experience.map((role, i) => (i === 0 ? { ...role, bullets: [bullet, ...role.bullets] } : role)),
      };
      const { bytes } = await renderResumePdf(tailorResume(profile, JOB, { now: NOW }), await nodeFonts());
      const { lines, text } = await pdfLines(bytes);
      expect(lines[0]).toBe(full);
      expect(text).toContain(bullet);
    }
  });

  it('prints the sections in the order the user gave them, with their edited text', async () => {
    const tailored = tailorResume(PROFILE, JOB, { now: NOW });
    const steps: ResumeEdit[] = [
      { kind: 'move-section', section: 'skills', by: 1 },
      { kind: 'move-section', section: 'languages', by: -1 },
      { kind: 'bullet', role: 0, bullet: 0, text: 'Cared for critically ill patients, edited by hand' },
    ];
    const edited = steps.reduce(editResume, tailored);
    const { lines, text } = await pdfLines((await renderResumePdf(edited, await nodeFonts())).bytes);
    const order = ['SUMMARY', 'EXPERIENCE', 'SKILLS', 'EDUCATION', 'LANGUAGES', 'CERTIFICATIONS'].map((h) => lines.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Cared for critically ill patients, edited by hand');
  });

  it('fits a long history on one page by leaving out the least relevant bullets, and says so', async () => {
    const long = {
      ...PROFILE,
      experience: Array.from({ length: 8 }, (_, i) => ({
        employer: `Hospital ${i + 1}`,
        title: 'Registered Nurse',
        location: 'St. Louis, MO',
        start: `${2010 + i}-01`,
        end: `${2010 + i}-12`,
        bullets: Array.from(
          { length: 6 },
          (_, j) => `Cared for patients on a busy ward with BLS and ACLS skills, shift ${j + 1}, and charted in Epic`,
        ),
      })),
    };
    const { bytes, resume } = await renderResumePdf(tailorResume(long, JOB, { now: NOW }), await nodeFonts());
    expect((await pdfLines(bytes)).totalPages).toBe(1);
    expect(resume.changes.map((c) => c.why)).toContain('to fit one page');
    expect(resume.experience).toHaveLength(8);
    // Drawn again after an edit that adds a line: still one line saying how many bullets went.
    const edited = editResume(resume, { kind: 'add-bullet', role: 0 });
    const more = editResume(edited, {
      kind: 'bullet',
      role: 0,
      bullet: (edited.experience[0]?.bullets.length ?? 1) - 1,
      text: 'Charted every admission in Epic within the hour, across a full ward',
    });
    const again = (await renderResumePdf(more, await nodeFonts())).resume;
    const fits = again.changes.filter((c) => c.why === 'to fit one page');
    expect(fits).toHaveLength(1);
    const count = (r: typeof resume) => Number(/^(\d+)/.exec(r.changes.find((c) => c.why === 'to fit one page')?.what ?? '')?.[1]);
    expect(count(again)).toBeGreaterThan(count(resume));
  });
});

describe('cover letter PDF', () => {
  it('prints the letter in order with the date and the role', async () => {
    const letter = writeCoverLetter(PROFILE, JOB, { now: NOW });
    const { totalPages, lines, text } = await pdfLines(await renderCoverLetterPdf(letter, await nodeFonts(), NOW));
    expect(totalPages).toBe(1);
    expect(lines.slice(0, 5)).toEqual([
      'Łucja Żółć-Müller',
      'St. Louis, MO | maria.gonzalez@example.com | +1 314 555 0142',
      '1 Nov 2026',
      'Registered Nurse - ICU – Mercy Health',
      'Dear Mercy Health hiring team,',
    ]);
    expect(text.indexOf('Kind regards,')).toBeGreaterThan(text.indexOf('I am applying for the Registered Nurse - ICU position'));
  });
});
