import { describe, expect, it } from 'vitest';
import { emptyProfileDraft, type ProfileDraft } from '../schemas/profile.ts';
import { ENGINEER } from '../testing/adversarial-drafts.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { writeCoverLetter } from './cover-letter.ts';
import { tailorResume } from './tailor-resume.ts';
import { verifyLetter, verifyResume } from './verify.ts';

const NOW = new Date('2026-11-01T12:00:00Z');

/** What a sentence with a missing part looks like: "At , I", "a  at", "for the  position", ", ,". */
const EMPTY_SLOT = /\b(?:at|At|as|for|with|from|the|a|an)\s+[,.;]|\s,|,\s*,|\s{2,}|\(\s*\)|\ba\s+at\b|^\s*[,.]/m;

const role = (over: Partial<ProfileDraft['experience'][number]>): ProfileDraft['experience'][number] => ({
  employer: 'Café Sol',
  title: 'Barista',
  location: '',
  start: '2023-02',
  end: null,
  bullets: ['Trained 4 new baristas on espresso and latte art'],
  ...over,
});

/** The test set's profiles and the sparse ones a new user has: a role without employer, without title, nothing at all. */
const PROFILES: Array<[string, ProfileDraft]> = [
  ['nurse', NURSE],
  ['backend engineer', BACKEND_ENGINEER],
  ['engineer', ENGINEER],
  ['empty', emptyProfileDraft()],
  ['role without employer', { ...emptyProfileDraft(), experience: [role({ employer: '' })] }],
  ['role without title', { ...emptyProfileDraft(), experience: [role({ title: '' })] }],
  ['role without bullets or dates', { ...emptyProfileDraft(), experience: [role({ bullets: [], start: null })] }],
  ['a past role only', { ...emptyProfileDraft(), experience: [role({ end: '2024-06', employer: '' })] }],
  ['skills only', { ...emptyProfileDraft(), skills: [{ name: 'Python', years: null, level: null }] }],
  ['summary with years', { ...emptyProfileDraft(), summary: 'Barista with 12 years behind the bar.', experience: [role({})] }],
];
const JOBS = [
  sampleCapture({ title: 'Barista', company: 'Bean There', descriptionHtml: '<ul><li>Latte art</li><li>Python</li></ul>' }),
  sampleCapture({ title: 'Registered Nurse - ICU', company: '', descriptionHtml: '<p>Epic and ACLS.</p>' }),
  sampleCapture({ title: 'Data Engineer', company: 'Fjord Energy', descriptionHtml: '<p>Kafka and PostgreSQL.</p>' }),
];

describe('generated documents never have an empty slot', () => {
  for (const [name, profile] of PROFILES) {
    it(`for the ${name} profile, with every job`, () => {
      for (const job of JOBS) {
        const resume = tailorResume(profile, job, { now: NOW });
        const letter = writeCoverLetter(profile, job, { now: NOW });
        const texts = [
          resume.summary,
          resume.headline,
          ...resume.experience.flatMap((e) => e.bullets.map((b) => b.text)),
          letter.greeting,
          ...letter.paragraphs,
          letter.closing,
        ].filter((t) => t !== '');
        for (const text of texts) expect(text, `${name} × "${job.title}" at "${job.company}"`).not.toMatch(EMPTY_SLOT);
        // And what the offline writer states is the profile's.
        expect(verifyResume(profile, resume, NOW)).toEqual([]);
        expect(verifyLetter(profile, job, letter, NOW)).toEqual([]);
      }
    });
  }

  it("uses the years the user's summary states, so the letter never contradicts the resume", () => {
    const profile = PROFILES.find(([name]) => name === 'summary with years')?.[1] as ProfileDraft;
    const letter = writeCoverLetter(profile, JOBS[0] as (typeof JOBS)[number], { now: NOW }).paragraphs.join(' ');
    expect(letter).toContain('with 12 years of experience');
    expect(tailorResume(profile, JOBS[0] as (typeof JOBS)[number], { now: NOW }).summary).toContain('12 years');
  });

  it('reads years the summary writes in words, and never lists a language as experience', () => {
    const profile = { ...emptyProfileDraft(), summary: 'Barista with six years behind the bar.', experience: [role({})] };
    const job = sampleCapture({
      title: 'Barista',
      company: 'Bean There',
      descriptionHtml: '<ul><li>Latte art</li><li>Fluent English</li></ul>',
    });
    const withEnglish = {
      ...profile,
      skills: [
        { name: 'English', years: null, level: null },
        { name: 'Latte art', years: null, level: null },
      ],
    };
    expect(writeCoverLetter(profile, job, { now: NOW }).paragraphs.join(' ')).toContain('with 6 years of experience');
    const resume = tailorResume(withEnglish, job, { now: NOW });
    expect(resume.summary).not.toContain('English');
    expect(writeCoverLetter(withEnglish, job, { now: NOW }).paragraphs.join(' ')).not.toMatch(/asks for[^.]*English/);
  });
});

describe('the offline letter turns bullets into sentences', () => {
  const job = sampleCapture({
    title: 'Backend Engineer',
    company: 'Globex',
    descriptionHtml: '<ul><li>Scala and Java</li><li>Kafka</li></ul>',
  });
  const letterFor = (bullets: string[]) =>
    writeCoverLetter({ ...emptyProfileDraft(), experience: [role({ title: 'Engineer', employer: 'Initech', bullets })] }, job, { now: NOW })
      .paragraphs[1];

  it('continues "I …" with a bullet that starts with a verb, past or present', () => {
    expect(letterFor(['Built Kafka pipelines in Scala'])).toContain('In my current role at Initech, I built Kafka pipelines in Scala.');
    expect(letterFor(['Manage the Java services on Kafka'])).toContain('I manage the Java services on Kafka.');
    expect(letterFor(['Responsible for the Kafka cluster'])).toContain('I was responsible for the Kafka cluster.');
  });

  it('says what the work included when a bullet has no verb, keeping a name’s capital', () => {
    const text = letterFor(['Scala and Java microservices on Kafka']);
    expect(text).toContain('In my current role at Initech, my work included Scala and Java microservices on Kafka.');
    expect(text).not.toMatch(/\bI scala\b/i);
  });
});
