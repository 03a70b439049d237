import { nodeFonts } from '../extension/tailor/node-fonts.ts';
import { renderCoverLetterPdf, renderResumePdf } from '../shared/pdf/render.ts';
import { writeCoverLetter } from '../shared/tailor/cover-letter.ts';
import { tailorResume } from '../shared/tailor/tailor-resume.ts';
import { verifyResume } from '../shared/tailor/verify.ts';
import { sampleCapture } from '../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../shared/testing/sample-profiles.ts';
import { measure, type Summary } from './stats.ts';

type Record = (name: string, summary: Summary, unit?: string) => void;

/** Offline tailoring and PDF rendering, in-process (what the panel and the CLI run). Returns the PDF sizes. */
export async function tailorBench(record: Record): Promise<{ resumeBytes: number; letterBytes: number }> {
  const job = sampleCapture({
    title: 'Senior Platform Engineer',
    company: 'Fjord Energy',
    descriptionHtml:
      '<h3>Requirements</h3><ul><li>5+ years building backend services in Go</li><li>Kafka and PostgreSQL in production</li><li>Kubernetes and Terraform</li></ul>',
  });
  // A 20-page posting: the same text many times over.
  const long = sampleCapture({
    title: 'Senior Platform Engineer',
    company: 'Fjord Energy',
    descriptionHtml: Array.from(
      { length: 400 },
      (_, i) => `<p>Paragraph ${i}: we run Go, Kafka and PostgreSQL on Kubernetes for the grid.</p>`,
    ).join(''),
  });
  const now = new Date();
  const fonts = await nodeFonts();
  record(
    'tailor: offline resume (select + order + verify)',
    await measure(300, 1, async () => void verifyResume(BACKEND_ENGINEER, tailorResume(BACKEND_ENGINEER, job, { now }), now)),
  );
  record(
    'tailor: offline resume for a 20-page job description',
    await measure(50, 1, async () => void tailorResume(BACKEND_ENGINEER, long, { now })),
  );
  let resumeBytes = 0;
  let letterBytes = 0;
  const resume = tailorResume(BACKEND_ENGINEER, job, { now });
  record(
    'pdf: render the tailored resume (fonts embedded as subsets)',
    await measure(50, 1, async () => {
      resumeBytes = (await renderResumePdf(resume, fonts)).bytes.byteLength;
    }),
  );
  const letter = writeCoverLetter(BACKEND_ENGINEER, job, { now });
  record(
    'pdf: render the cover letter',
    await measure(50, 1, async () => {
      letterBytes = (await renderCoverLetterPdf(letter, fonts, now)).byteLength;
    }),
  );
  return { resumeBytes, letterBytes };
}
