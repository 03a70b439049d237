import { profileFacts } from '../match/profile-facts.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { offlineLetterDraft } from './cover-letter.ts';
import type { AnswerDraft } from './schema.ts';
import { askedSkills, list } from './tailor-resume.ts';

/**
 * Offline answers to the free-text questions forms ask most. Each row: the question's wording,
 * and an answer assembled from the profile and the job. Questions not in the table get null:
 * without a model, Jobsmith does not guess.
 */
const ROWS: Array<{ test: RegExp; answer: (profile: ProfileDraft, job: JobCapture, now: Date) => string }> = [
  {
    // "Why do you want to work here / join us / this role?"
    test: /\bwhy\b.*\b(join|work|interested|apply|this (role|position|job)|us)\b/i,
    answer: (profile, job, now) => {
      const facts = profileFacts(profile, now);
      const matched = [...askedSkills(job).keys()].filter((s) => facts.skills.has(s));
      const draft = offlineLetterDraft(profile, job, now);
      return [
        `The ${job.title} role${job.company ? ` at ${job.company}` : ''} fits what I do${matched.length ? `: ${list(matched.slice(0, 4))}` : ''}.`,
        draft.paragraphs[1] ?? '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  },
  {
    // "Tell us about yourself", "Describe your background".
    test: /\b(tell us|describe|introduce)\b.*\b(yourself|background|experience)\b/i,
    answer: (profile, job, now) => offlineLetterDraft(profile, job, now).paragraphs.slice(0, 2).join(' '),
  },
  {
    // A cover letter pasted as text.
    test: /\bcover letter\b/i,
    answer: (profile, job, now) => {
      const d = offlineLetterDraft(profile, job, now);
      return [d.greeting, ...d.paragraphs, d.closing].join('\n\n');
    },
  },
];

export function offlineAnswer(profile: ProfileDraft, job: JobCapture, question: string, now = new Date()): AnswerDraft | null {
  const row = ROWS.find((r) => r.test.test(question));
  const answer = row?.answer(profile, job, now).trim();
  return answer ? { answer } : null;
}
