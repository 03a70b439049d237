import type { LetterDraft, ResumeDraft } from '../../shared/tailor/schema.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';

/** The job the generation tests write for, and the request body they send: the profile and the job. */
export const job = sampleCapture({
  title: 'Senior Backend Engineer',
  company: 'Acme',
  descriptionHtml: '<p>We need Go, Kubernetes and PostgreSQL.</p><ul><li>5+ years of Go</li></ul>',
});
export const input = { profile: BACKEND_ENGINEER, job };

/** What a model might write for `input`: every fact from BACKEND_ENGINEER, so the verifier finds nothing to refuse. */
export const RESUME: ResumeDraft = {
  summary: 'Backend engineer building Go and Python services.',
  skills: ['Go', 'Python', 'k8s', 'AWS'],
  experience: [
    {
      index: 0,
      bullets: [
        { text: 'Built Go and Python services on Kubernetes', reason: 'Go, Kubernetes' },
        { text: 'Ran PostgreSQL and Kafka at scale', reason: 'PostgreSQL' },
      ],
    },
    { index: 1, bullets: [{ text: 'Built Scala and Java microservices', reason: 'services' }] },
  ],
};
export const LETTER: LetterDraft = {
  greeting: 'Dear Acme hiring team,',
  paragraphs: [
    'I am applying for the Senior Backend Engineer role at Acme.',
    'At Zalando I built Go and Python services on Kubernetes and ran PostgreSQL and Kafka at scale.',
    'Before that I wrote Scala and Java microservices at SoundCloud, with CI/CD on Jenkins.',
  ],
  closing: 'Sincerely,',
};
