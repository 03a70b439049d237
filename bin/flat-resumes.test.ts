import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realResumes, realResumesPresent, sameText, truthDate, words } from '../e2e/fixtures/real-resumes.ts';
import { nodePdfJs } from '../extension/profile/node-pdfjs.ts';
import { pdfTextPages } from '../extension/profile/pdf-text.ts';
import { canonicalSkill } from '../shared/match/skills.ts';
import { readingOrder } from '../shared/resume/lines.ts';
import { parseResume } from '../shared/resume/parse-resume.ts';
import { plainTextPages } from '../shared/resume/text-items.ts';

/**
 * Issue 14: a resume whose layout is lost (an ATS export, a copy of its text: one column of
 * lines, no sizes, no positions) still gives a draft with its skills, titles and years. Each
 * real resume's text is flattened so and parsed; the draft is held to the resume's truth file.
 */
const FLOORS = { skills: 0.85, titles: 0.9, years: 0.9 };

const key = (skill: string) => words(canonicalSkill(skill)?.name ?? skill);

describe.skipIf(!realResumesPresent())('a resume whose layout is lost', () => {
  it('still gives a draft with its skills, its roles’ titles and their years', async () => {
    const totals = { skills: { right: 0, all: 0 }, titles: { right: 0, all: 0 }, years: { right: 0, all: 0 } };
    const misses: string[] = [];
    for (const resume of realResumes()) {
      const { pages } = await pdfTextPages(nodePdfJs, new Uint8Array(readFileSync(resume.pdf)));
      const flat = readingOrder(pages)
        .map((line) => line.text)
        .join('\n');
      const { profile } = parseResume(plainTextPages(flat));
      const have = new Set(profile.skills.map((s) => key(s.name)));
      for (const skill of resume.truth.skills) {
        totals.skills.all++;
        if (have.has(key(skill))) totals.skills.right++;
        else misses.push(`${resume.name}: skill ${skill}`);
      }
      for (const role of resume.truth.experience) {
        totals.titles.all++;
        if (profile.experience.some((e) => sameText(role.title, e.title))) totals.titles.right++;
        else misses.push(`${resume.name}: title ${role.title}`);
        const year = truthDate(role.start)?.slice(0, 4);
        if (!year) continue;
        totals.years.all++;
        if (profile.experience.some((e) => e.start?.startsWith(year))) totals.years.right++;
        else misses.push(`${resume.name}: start year ${year} (${role.title})`);
      }
    }
    const report = `${Object.entries(totals)
      .map(([k, { right, all }]) => `${k} ${right}/${all}`)
      .join(', ')}\n${misses.join('\n')}`;
    console.log(`flattened real resumes: ${report}`);
    for (const [k, floor] of Object.entries(FLOORS)) {
      const { right, all } = totals[k as keyof typeof totals];
      expect(all, k).toBeGreaterThan(0);
      expect(right / all, `${k}\n${report}`).toBeGreaterThanOrEqual(floor);
    }
  });
});
