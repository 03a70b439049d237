import type { Fonts } from '../../shared/pdf/render.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import type { ProfileDraft } from '../../shared/schemas/profile.ts';
import { writeCoverLetter } from '../../shared/tailor/cover-letter.ts';
import type { CoverLetter, TailoredResume, UnsupportedClaim } from '../../shared/tailor/schema.ts';
import { tailorResume } from '../../shared/tailor/tailor-resume.ts';
import { verifyLetter, verifyResume } from '../../shared/tailor/verify.ts';

export type DocumentKind = 'resume' | 'cover-letter';

export interface Made {
  content: TailoredResume | CoverLetter;
  pdf: Uint8Array;
  unsupported: UnsupportedClaim[];
  fileName: string;
}

/** "José Müller" + "Fjord Energy" → "Jose-Muller-Resume-Fjord-Energy.pdf": a name an ATS and a recruiter's inbox accept. */
export function fileNameFor(name: string, kind: DocumentKind, company: string): string {
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${[ascii(name) || 'Resume', kind === 'resume' ? 'Resume' : 'Cover-Letter', ascii(company)].filter(Boolean).join('-')}.pdf`;
}

/**
 * A tailored document and its PDF, on this device. `content` may come from the worker (a
 * model's draft, already assembled); it is verified here again, and rendered with the fonts the
 * extension ships. The PDF renderer loads on first use: it is large, and most panel visits
 * never need it.
 */
export async function makeDocument(
  kind: DocumentKind,
  profile: ProfileDraft,
  job: JobCapture,
  fonts: () => Promise<Fonts>,
  now: Date,
  content?: TailoredResume | CoverLetter,
): Promise<Made> {
  const { renderCoverLetterPdf, renderResumePdf } = await import('../../shared/pdf/render.ts');
  const name = [profile.name.first, profile.name.last].filter(Boolean).join(' ');
  if (kind === 'resume') {
    const tailored = content?.kind === 'resume' ? content : tailorResume(profile, job, { now });
    const { bytes, resume } = await renderResumePdf(tailored, await fonts());
    return { content: resume, pdf: bytes, unsupported: verifyResume(profile, resume, now), fileName: fileNameFor(name, kind, job.company) };
  }
  const letter = content?.kind === 'cover-letter' ? content : writeCoverLetter(profile, job, { now });
  const pdf = await renderCoverLetterPdf(letter, await fonts(), now);
  return { content: letter, pdf, unsupported: verifyLetter(profile, job, letter, now), fileName: fileNameFor(name, kind, job.company) };
}
