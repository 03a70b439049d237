import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { realJobPages, realPagesPresent } from '../e2e/fixtures/real-pages.ts';
import { realResumes, realResumesPresent } from '../e2e/fixtures/real-resumes.ts';
import { importProfileFile } from '../extension/profile/import-file.ts';
import { nodePdfJs } from '../extension/profile/node-pdfjs.ts';
import { extractJob } from '../extension/sites/registry.ts';
import { ProfileDraft } from '../shared/schemas/profile.ts';
import { writeCoverLetter } from '../shared/tailor/cover-letter.ts';
import { tailorResume } from '../shared/tailor/tailor-resume.ts';
import { verifyLetter, verifyResume } from '../shared/tailor/verify.ts';

const NOW = new Date('2026-11-01T12:00:00Z');

/**
 * The truthfulness check on real input: the offline writer states only what the profile says, so
 * for profiles imported from resumes other tools made and jobs saved from the live sites, every
 * document it writes must pass. A claim found here is the check refusing a faithful document.
 */
describe.skipIf(!realResumesPresent() || !realPagesPresent())('offline documents for real resumes and real jobs', () => {
  it('import into valid profiles and pass the truthfulness check, every pair', async () => {
    const profiles = await Promise.all(
      realResumes().map(async (r) => {
        const draft = await importProfileFile({ name: r.pdf, bytes: new Uint8Array(readFileSync(r.pdf)) }, async () => nodePdfJs);
        // What `jobsmith parse-resume` prints must be a profile the other commands accept.
        return { name: r.name, profile: ProfileDraft.parse(draft.profile) };
      }),
    );
    const jobs = realJobPages().map((page) => {
      const { document } = parseHTML(readFileSync(page.html, 'utf8'));
      const job = extractJob(document as unknown as Document, page.url);
      if (!job) throw new Error(`no job read from ${page.name}`);
      return { name: page.name, job };
    });
    const refused: string[] = [];
    for (const p of profiles) {
      for (const j of jobs) {
        const resume = tailorResume(p.profile, j.job, { now: NOW });
        const letter = writeCoverLetter(p.profile, j.job, { now: NOW });
        for (const c of [...verifyResume(p.profile, resume, NOW), ...verifyLetter(p.profile, j.job, letter, NOW)])
          refused.push(`${p.name} × ${j.name}: ${c.kind} "${c.text}" (${c.where})`);
      }
    }
    expect(profiles.length * jobs.length).toBeGreaterThanOrEqual(30);
    expect(refused).toEqual([]);
  });
});
