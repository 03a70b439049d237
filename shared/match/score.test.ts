import { describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../schemas/profile.ts';
import { jobRequiring, sampleCapture } from '../testing/sample-job.ts';
import { BACKEND_ENGINEER, NURSE } from '../testing/sample-profiles.ts';
import { jobRequirements } from './job-requirements.ts';
import { matchJob } from './score.ts';

const NOW = new Date('2026-11-01T00:00:00Z');

const icuNurseJob = sampleCapture({
  title: 'Registered Nurse - ICU',
  company: 'Mercy Health',
  locations: ['St. Louis, MO'],
  salaryText: '$38 - $52 an hour',
  descriptionHtml: `<p>Join our ICU team.</p><h3>Qualifications</h3><ul><li>Active RN license in Missouri</li><li>2+ years of ICU experience</li><li>BLS and ACLS</li></ul>
    <h3>Preferred</h3><ul><li>CCRN certification</li><li>Epic experience</li></ul>`,
});

const backendJob = sampleCapture({
  title: 'Senior Backend Engineer (Go)',
  company: 'Stripe-like Payments',
  locations: ['Berlin, Germany'],
  workplaceHints: ['Hybrid'],
  salaryText: '€90,000 – €110,000 a year',
  descriptionHtml: `<h3>Requirements</h3><ul><li>5+ years of backend experience</li><li>3+ years of Go</li><li>Kubernetes and PostgreSQL</li></ul>
    <h3>Nice to have</h3><ul><li>Kafka</li><li>Terraform</li></ul>`,
});

describe('match score', () => {
  it('scores a nurse far higher for a nursing job than for a backend job', () => {
    const nursing = matchJob(NURSE, icuNurseJob, NOW);
    const backend = matchJob(NURSE, backendJob, NOW);
    expect(nursing.score).toBeGreaterThanOrEqual(75);
    expect(backend.score).toBeLessThanOrEqual(40);
    expect(nursing.score - backend.score).toBeGreaterThanOrEqual(40);
    expect(nursing.matched.map((m) => m.skill)).toEqual(expect.arrayContaining(['Registered Nurse', 'ICU', 'BLS', 'ACLS']));
  });

  it('and the backend engineer the other way round', () => {
    expect(matchJob(BACKEND_ENGINEER, backendJob, NOW).score).toBeGreaterThan(matchJob(BACKEND_ENGINEER, icuNurseJob, NOW).score + 40);
  });

  it('a missing required skill costs more than a missing preferred one', () => {
    const withoutRequired = { ...BACKEND_ENGINEER, skills: BACKEND_ENGINEER.skills.filter((s) => s.name !== 'k8s'), experience: [] };
    const withoutPreferred = { ...BACKEND_ENGINEER, skills: BACKEND_ENGINEER.skills.filter((s) => s.name !== 'Terraform'), experience: [] };
    const a = matchJob(withoutRequired, backendJob, NOW);
    const b = matchJob(withoutPreferred, backendJob, NOW);
    expect(a.missing[0]).toEqual({ skill: 'Kubernetes', importance: 'required' });
    expect(b.missing).toContainEqual({ skill: 'Terraform', importance: 'preferred' });
    expect(a.breakdown[0]?.earned).toBeLessThan(b.breakdown[0]?.earned ?? 0);
  });

  it('counts an alias as the skill (k8s in the profile, Kubernetes in the job)', () => {
    expect(matchJob(BACKEND_ENGINEER, backendJob, NOW).matched).toContainEqual({ skill: 'Kubernetes', importance: 'required' });
  });

  it('"no sponsorship" is a knock-out for someone who needs it, and only then', () => {
    const usJob = jobRequiring('Backend Engineer', 'Go', 'We are unable to sponsor visas for this role.');
    expect(matchJob(BACKEND_ENGINEER, usJob, NOW).knockouts).toEqual([
      { kind: 'no-sponsorship', message: 'No visa sponsorship, and your profile says you need it.' },
    ]);
    expect(matchJob(NURSE, usJob, NOW).knockouts).toEqual([]);
  });

  it('flags work authorization for any country the posting names, as forms answer it', () => {
    const inCountry = (where: string) => jobRequiring('Backend Engineer', 'Go', `Must be authorized to work in ${where}.`);
    // The nurse is authorized in the US only: France and Switzerland are knock-outs, the U.S. is not.
    for (const [where, code] of [
      ['France', 'FR'],
      ['Switzerland', 'CH'],
      ['Japan', 'JP'],
    ] as const)
      expect(matchJob(NURSE, inCountry(where), NOW).knockouts).toEqual([
        { kind: 'authorization', message: `Requires authorization to work in ${code}, not in your profile.` },
      ]);
    expect(matchJob(NURSE, inCountry('the U.S.'), NOW).knockouts).toEqual([]);
  });

  it('flags a required license and language the profile lacks', () => {
    const result = matchJob(BACKEND_ENGINEER, icuNurseJob, NOW);
    expect(result.knockouts.map((k) => k.kind)).toContain('license');
    const german = jobRequiring('Pflegefachkraft', 'Fluent German (C1)');
    expect(matchJob(NURSE, german, NOW).knockouts).toEqual([
      { kind: 'language', message: 'Requires fluent German, which your profile does not list.' },
    ]);
    expect(matchJob(BACKEND_ENGINEER, german, NOW).knockouts).toEqual([]);
  });

  it('is stable and explainable: same input, same output; the breakdown adds up to the score', () => {
    for (const profile of [NURSE, BACKEND_ENGINEER, emptyProfileDraft()]) {
      for (const job of [icuNurseJob, backendJob]) {
        const first = matchJob(profile, job, NOW);
        expect(matchJob(profile, job, NOW)).toEqual(first);
        expect(first.breakdown.reduce((sum, p) => sum + p.earned, 0)).toBe(first.score);
        expect(first.breakdown.reduce((sum, p) => sum + p.max, 0)).toBe(100);
        expect(first.score).toBeGreaterThanOrEqual(0);
        expect(first.score).toBeLessThanOrEqual(100);
        for (const part of first.breakdown) expect(part.detail.length).toBeGreaterThan(5);
      }
    }
  });

  it('an empty profile and a job without a description get a score and no invented facts', () => {
    const bare = sampleCapture({ title: 'Operations Associate', descriptionHtml: '' });
    const result = matchJob(emptyProfileDraft(), bare, NOW);
    expect(result.matched).toEqual([]);
    expect(result.knockouts).toEqual([]);
    expect(result.breakdown.find((p) => p.key === 'skills')?.detail).toBe('The job names no skills we recognise.');
  });

  it('scores skills and years only from what the profile says: none listed is not none held', () => {
    // Roles read without dates (a flattened resume): the years a job asks are left uncompared, not held against the user.
    const undated = { ...BACKEND_ENGINEER, experience: BACKEND_ENGINEER.experience.map((e) => ({ ...e, start: null, end: null })) };
    const experience = matchJob(undated, backendJob, NOW).breakdown.find((p) => p.key === 'experience');
    expect(experience?.detail).toBe('The job asks for years of experience; add your roles’ dates to compare them.');
    expect(experience?.earned).toBe(5);
    // A profile without skills gets the even chance on every job, whichever names fewer skills.
    const noSkills = { ...emptyProfileDraft(), resumeText: 'Backend engineer.' };
    const skills = [backendJob, icuNurseJob].map((job) => matchJob(noSkills, job, NOW).breakdown.find((p) => p.key === 'skills'));
    expect(skills.map((p) => p?.earned)).toEqual([8, 8]);
    expect(skills[0]?.detail).toBe('Add your skills to your profile to score this.');
  });

  it('reads years per skill, overall years and the degree a job asks for', () => {
    const req = jobRequirements(backendJob);
    expect(req.yearsOverall).toBe(5);
    expect(req.yearsBySkill).toEqual({ Go: 3 });
    expect(req.requiredSkills).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'PostgreSQL']));
    expect(req.preferredSkills).toEqual(['Kafka', 'Terraform']);
    expect(req.seniority?.label).toBe('senior');
  });

  it('the relevance part reads the whole resume text and names the key terms it shares', () => {
    const part = matchJob(NURSE, icuNurseJob, NOW).breakdown.find((p) => p.key === 'relevance');
    expect(part?.detail).toMatch(/^Your resume shares \d+ of this job's \d+ key terms: .*ICU/);
    // A profile whose structure could not be read still ranks by what its resume says.
    const sparse = { ...emptyProfileDraft(), resumeText: 'Staff nurse on a critical care unit. BLS, ACLS. Epic charting.' };
    const nursing = matchJob(sparse, icuNurseJob, NOW).breakdown.find((p) => p.key === 'relevance');
    const backend = matchJob(sparse, backendJob, NOW).breakdown.find((p) => p.key === 'relevance');
    expect(nursing?.earned).toBeGreaterThan((backend?.earned ?? 0) + 10);
  });

  it("reads the resume's current title as it reads a job's title: the job of that name is the more relevant", () => {
    const cook = {
      ...emptyProfileDraft(),
      experience: [{ employer: 'Harbor Foods', title: 'Line Cook', location: '', start: null, end: null, bullets: [] }],
      resumeText:
        'Line Cook, Harbor Foods. Prepped vegetables and sauces, baked bread and pastries for the brunch service, kept the walk-in clean, trained two new prep cooks on knife skills and food safety.',
    };
    const kitchen = `<p>Our kitchen bakes bread and pastries daily and serves brunch and dinner. You will prep vegetables and sauces, work the grill and fryer, follow food safety rules, keep stations clean, and help receive deliveries, rotate stock, label and date products, and close the kitchen at night with the team.</p>
      <p>Harborview Hospitality operates twelve restaurants, two hotels and a catering division across the region. Guests come for seasonal menus sourced from local farms, fisheries and dairies. We invest in apprenticeships, tuition assistance, wellness programs, retirement plans and paid parental leave, and promote from within: most of our chefs, sommeliers and general managers started with us.</p>`;
    const relevanceFor = (title: string) =>
      matchJob(cook, sampleCapture({ title, descriptionHtml: kitchen }), NOW).breakdown.find((p) => p.key === 'relevance')?.earned ?? 0;
    expect(relevanceFor('Line Cook')).toBeGreaterThan(relevanceFor('Baker'));
  });

  it('counts a past role of the same occupation in other words toward the title', () => {
    const staffNurse = { ...NURSE, experience: NURSE.experience.map((e, i) => (i === 0 ? { ...e, title: 'Staff RN, Critical Care' } : e)) };
    const title = matchJob(
      staffNurse,
      sampleCapture({ title: 'Registered Nurse', descriptionHtml: '<p>Nursing care.</p>' }),
      NOW,
    ).breakdown.find((p) => p.key === 'title');
    expect(title?.detail).toMatch(/Closest role: Staff RN, Critical Care \(both .*Nurses\)/);
  });

  it('reports ATS keyword coverage of the resume', () => {
    const { ats } = matchJob(NURSE, icuNurseJob, NOW);
    expect(ats.coverage).toBeGreaterThan(0.5);
    expect(ats.present).toEqual(expect.arrayContaining(['Registered Nurse', 'ICU']));
  });
});
