import { describe, expect, it } from 'vitest';
import { jobRequirements } from '../match/job-requirements.ts';
import { profileFacts } from '../match/profile-facts.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../testing/sample-profiles.ts';
import { skillGaps } from './skill-gaps.ts';

const job = (title: string, required: string[], preferred: string[] = []) =>
  sampleCapture({
    title,
    descriptionHtml: `<h3>Requirements</h3><ul>${required.map((r) => `<li>${r}</li>`).join('')}</ul>${
      preferred.length ? `<h3>Nice to have</h3><ul>${preferred.map((p) => `<li>${p}</li>`).join('')}</ul>` : ''
    }`,
  });

/** Eight saved jobs; the profile has Go, Python, Kubernetes, AWS, Terraform, PostgreSQL, Kafka, Scala, Java, Jenkins. */
const jobs = [
  job('Platform Engineer', ['Experience with Rust', 'Docker in production'], ['GraphQL']),
  job('Backend Engineer', ['Rust services', 'Docker'], []),
  job('Data Engineer', ['Spark', 'Python'], ['Rust']),
  job('Backend Engineer', ['Docker and Go'], []),
  job('Backend Engineer', ['Go and PostgreSQL'], []),
  job('Backend Engineer', ['Python'], []),
  job('Backend Engineer', ['AWS'], []),
  job('Backend Engineer', ['Terraform'], []),
];

describe('skill gaps across saved jobs', () => {
  const gaps = skillGaps(jobs.map(jobRequirements), profileFacts(BACKEND_ENGINEER, new Date(Date.UTC(2026, 10, 23))));

  it('counts each missing skill once per job, with exact shares, most asked first', () => {
    expect(gaps.map((g) => [g.skill, g.jobs, g.required, g.share])).toEqual([
      ['Docker', 3, 3, 3 / 8],
      ['Rust', 3, 2, 3 / 8],
      ['Spark', 1, 1, 1 / 8],
      ['GraphQL', 1, 0, 1 / 8],
    ]);
  });

  it('says it the way the user reads it', () => {
    expect(gaps[0]?.sentence).toBe('Docker appears in 38 % of your saved jobs and is not in your profile.');
    expect(gaps[2]?.sentence).toBe('Spark appears in 13 % of your saved jobs and is not in your profile.');
  });

  it('finds no gaps without saved jobs', () => {
    expect(skillGaps([], profileFacts(BACKEND_ENGINEER, new Date()))).toEqual([]);
  });
});
