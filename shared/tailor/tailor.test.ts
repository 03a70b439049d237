import { describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../schemas/profile.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { offlineAnswer } from './answer.ts';
import { offlineLetterDraft, writeCoverLetter } from './cover-letter.ts';
import { CoverLetter, type ResumeDraft, TailoredResume } from './schema.ts';
import { offlineResumeDraft, tailorResume } from './tailor-resume.ts';
import { verifyLetter, verifyResume } from './verify.ts';

const NOW = new Date('2026-11-01');

const PLATFORM_JOB = sampleCapture({
  title: 'Senior Platform Engineer',
  company: 'Fjord Energy',
  descriptionHtml: `<h3>Requirements</h3><ul><li>5+ years building backend services</li><li>Kafka and PostgreSQL in production</li></ul>
    <h3>Nice to have</h3><ul><li>Go</li><li>Terraform</li></ul>`,
});

const ICU_JOB = sampleCapture({
  title: 'Registered Nurse - ICU',
  company: 'Mercy Health',
  descriptionHtml: '<h3>Requirements</h3><ul><li>Active RN license</li><li>BLS and ACLS</li><li>Epic charting experience</li></ul>',
});

describe('offline tailor', () => {
  it('puts the bullets and skills the job asks for first, keeps every fact the profile states, and is truthful', () => {
    const resume = TailoredResume.parse(tailorResume(BACKEND_ENGINEER, PLATFORM_JOB, { now: NOW }));
    expect(resume.experience[0]).toMatchObject({ employer: 'Zalando', title: 'Senior Backend Engineer', start: '2020-01', end: null });
    expect(resume.experience[0]?.bullets[0]?.text).toBe('Ran PostgreSQL and Kafka at scale');
    expect(resume.experience[0]?.bullets[0]?.reason).toContain('Kafka');
    expect(resume.skills.slice(0, 2).sort()).toEqual(['Kafka', 'PostgreSQL']);
    expect(resume.changes.map((c) => c.what).join('\n')).toContain('moved first');
    expect(verifyResume(BACKEND_ENGINEER, resume, NOW)).toEqual([]);
  });

  it('writes a cover letter from profile facts, naming the job, and passes the check', () => {
    const letter = CoverLetter.parse(writeCoverLetter(NURSE, ICU_JOB, { now: NOW }));
    const text = letter.paragraphs.join('\n');
    expect(letter.greeting).toBe('Dear Mercy Health hiring team,');
    expect(text).toContain('Registered Nurse - ICU position at Mercy Health');
    expect(text).toContain('In my current role at Barnes-Jewish Hospital, I titrated drips');
    expect(verifyLetter(NURSE, ICU_JOB, letter, NOW)).toEqual([]);
  });

  it('makes a sensible document from a profile with one job and no bullets', () => {
    const thin = {
      ...emptyProfileDraft(),
      name: { first: 'Ana', last: 'Lima', preferred: '' },
      experience: [{ employer: 'Café Sol', title: 'Barista', location: '', start: '2023-02', end: null, bullets: [] }],
    };
    const resume = tailorResume(thin, ICU_JOB, { now: NOW });
    expect(resume.experience).toHaveLength(1);
    expect(resume.summary).toBe('Barista with 3 years of experience.');
    expect(verifyResume(thin, resume, NOW)).toEqual([]);
    expect(offlineLetterDraft(thin, ICU_JOB, NOW).paragraphs.length).toBeGreaterThanOrEqual(2);
  });

  it('answers the common free-text questions offline and nothing else', () => {
    expect(offlineAnswer(NURSE, ICU_JOB, 'Why do you want to join Mercy Health?', NOW)?.answer).toContain('Registered Nurse - ICU');
    expect(offlineAnswer(NURSE, ICU_JOB, 'What is your favourite colour?', NOW)).toBeNull();
  });
});

describe('truthfulness check on model output', () => {
  const draft = (change: (d: ResumeDraft) => void): ResumeDraft => {
    const d: ResumeDraft = JSON.parse(JSON.stringify(offlineResumeDraft(BACKEND_ENGINEER, PLATFORM_JOB, NOW)));
    change(d);
    return d;
  };
  const claims = (d: ResumeDraft) =>
    verifyResume(
      BACKEND_ENGINEER,
      tailorResume(BACKEND_ENGINEER, PLATFORM_JOB, { now: NOW, draft: d, provider: 'anthropic', model: 'm' }),
      NOW,
    );

  it('catches an invented employer', () => {
    const found = claims(draft((d) => (d.summary = 'Backend engineer who scaled payments at Stripe and Zalando.')));
    expect(found).toContainEqual({ kind: 'employer', text: 'Stripe', where: 'summary' });
  });

  it('catches an inflated number', () => {
    const found = claims(draft((d) => d.experience[0]?.bullets.unshift({ text: 'Cut latency by 70% for 40 services', reason: '' })));
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['number', '70%'],
      ['number', '40'],
    ]);
  });

  it('catches an added skill, in the list and in the text', () => {
    const found = claims(
      draft((d) => {
        d.skills.push('Rust');
        d.summary = 'Go and Rust engineer.';
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'skill', text: 'Rust', where: 'summary' },
        { kind: 'skill', text: 'Rust', where: 'skills' },
      ]),
    );
  });

  it('catches a degree and a year the profile does not have, and a job the profile does not list', () => {
    const found = claims(
      draft((d) => {
        d.summary = 'PhD in distributed systems, building platforms since 2009.';
        d.experience.push({ index: 7, bullets: [{ text: 'Led a team', reason: '' }] });
      }),
    );
    expect(found.map((c) => c.kind)).toEqual(expect.arrayContaining(['degree', 'date']));
    // An entry index the profile does not have is dropped, not invented.
    expect(tailorResume(BACKEND_ENGINEER, PLATFORM_JOB, { now: NOW, draft: draft(() => {}) }).experience).toHaveLength(
      BACKEND_ENGINEER.experience.length,
    );
  });

  it('accepts a truthful rewording', () => {
    const found = claims(
      draft(
        (d) => (d.summary = 'Senior Backend Engineer with 10 years of experience, building Go, Kafka and PostgreSQL systems at Zalando.'),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('verifying a letter', () => {
  it('lets the letter name the job, but not claim a skill the job asks for and the user lacks', () => {
    const job = sampleCapture({ title: 'Site Reliability Engineer', company: 'Fjord Energy', descriptionHtml: '<p>Rust</p>' });
    const letter = writeCoverLetter(BACKEND_ENGINEER, job, { now: NOW });
    expect(verifyLetter(BACKEND_ENGINEER, job, letter, NOW)).toEqual([]);
    const claimed = { ...letter, paragraphs: [...letter.paragraphs, 'I have written Rust for years.'] };
    expect(verifyLetter(BACKEND_ENGINEER, job, claimed, NOW)).toEqual([
      { kind: 'skill', text: 'Rust', where: `paragraph ${claimed.paragraphs.length}` },
    ]);
  });
});
