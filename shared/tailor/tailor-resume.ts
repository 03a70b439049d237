import { jobRequirements } from '../match/job-requirements.ts';
import { profileFacts } from '../match/profile-facts.ts';
import { canonicalSkill, skillsIn } from '../match/skills.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import type { Change, ResumeDraft, TailoredResume } from './schema.ts';
import { type WriteOptions, writerOf } from './writer.ts';

/**
 * The deterministic tailor: picks and orders what the profile already says so the job's
 * asks come first. It writes nothing new except a summary built from profile facts, so it is
 * truthful by construction; model drafts go through the same assembly (facts by index).
 */

// Words too common to say anything about fit.
const STOP = new Set(
  'with from that this have will your their about into over under able work working team teams role roles years year experience strong skills including across using other such'.split(
    ' ',
  ),
);

/** The job's own words (4+ letters), to credit bullets that speak to it without naming a taxonomy skill. */
export function jobWords(job: JobCapture): Set<string> {
  const text = [job.title, ...job.requirements.required, ...job.requirements.preferred].join(' ');
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter((w) => w.length >= 4 && !STOP.has(w)),
  );
}

interface Scored {
  text: string;
  score: number;
  reason: string;
}

/** How much a bullet speaks to the job, and in which words. */
export function scoreBullet(text: string, asked: Map<string, number>, words: Set<string>): Scored {
  const skills = skillsIn(text)
    .map((s) => s.name)
    .filter((s) => asked.has(s));
  const shared = [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}+#]+/u))].filter((w) => words.has(w));
  const quantified = /\d/.test(text);
  const score = skills.reduce((sum, s) => sum + (asked.get(s) ?? 0), 0) + shared.length * 0.5 + (quantified ? 0.25 : 0);
  const reason =
    skills.length > 0
      ? `shows ${skills.slice(0, 3).join(', ')}, which the job asks for`
      : shared.length > 0
        ? `speaks to the job's "${shared.slice(0, 3).join('", "')}"`
        : quantified
          ? 'a measured result'
          : '';
  return { text, score, reason };
}

/** Skills the job asks for, weighted: required twice preferred. */
export function askedSkills(job: JobCapture): Map<string, number> {
  const req = jobRequirements(job);
  return new Map([...req.preferredSkills.map((s) => [s, 1] as const), ...req.requiredSkills.map((s) => [s, 2] as const)]);
}

export const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Newest first, as a resume lists them (current roles first). */
export function chronological(profile: ProfileDraft): number[] {
  const key = (i: number) => {
    const e = profile.experience[i];
    return `${e?.end ?? '9999'}|${e?.start ?? ''}`;
  };
  return profile.experience.map((_, i) => i).sort((a, b) => key(b).localeCompare(key(a)));
}

/** The offline draft: every entry, its bullets by relevance, skills the job asks for first, a factual summary. */
export function offlineResumeDraft(profile: ProfileDraft, job: JobCapture, now: Date): ResumeDraft {
  const asked = askedSkills(job);
  const words = jobWords(job);
  const facts = profileFacts(profile, now);
  const experience = chronological(profile).map((index) => {
    const bullets = (profile.experience[index]?.bullets ?? [])
      .map((b) => scoreBullet(b, asked, words))
      // Stable: equally relevant bullets keep the user's order.
      .map((s, order) => ({ ...s, order }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map((s) => ({ text: s.text, reason: s.reason }));
    return { index, bullets };
  });
  const own = profile.skills.map((s) => canonicalSkill(s.name)?.name ?? s.name);
  const matched = [...asked.keys()].filter((s) => facts.skills.has(s)).sort((a, b) => (asked.get(b) ?? 0) - (asked.get(a) ?? 0));
  const skills = [...new Set([...matched, ...own])].slice(0, 24);

  const latest = profile.experience[chronological(profile)[0] ?? -1];
  const years = Math.floor(facts.yearsTotal);
  // The user's own first sentence when there is one; else their title and years, which the profile states.
  const firstSentence = profile.summary.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  const title = latest?.title.trim() ?? '';
  const opening =
    firstSentence || (title ? `${title}${years >= 1 ? ` with ${years} year${years === 1 ? '' : 's'} of experience` : ''}.` : '');
  // Languages the job asks for print in their own section, not as "Experience with English".
  const practised = matched.filter((s) => canonicalSkill(s)?.category !== 'language');
  const fit = practised.length > 0 ? ` Experience with ${list(practised.slice(0, 4))}.` : '';
  const summary = `${opening}${fit}`.trim();
  return { summary, skills, experience };
}

function yearsLabel(profile: ProfileDraft, now: Date): number {
  return Math.floor(profileFacts(profile, now).yearsTotal);
}

/** What the tailored version changed against the base resume, and why. */
function describeChanges(profile: ProfileDraft, draft: ResumeDraft, asked: Map<string, number>): Change[] {
  const changes: Change[] = [];
  if (draft.summary.trim() !== profile.summary.trim())
    changes.push({ what: 'Summary written for this job', why: 'it leads with the skills the job asks for that you have' });
  const firstAsked = draft.skills.filter((s) => asked.has(s));
  if (firstAsked.length > 0)
    changes.push({ what: `Skills reordered: ${firstAsked.slice(0, 5).join(', ')} first`, why: 'the job asks for them' });
  for (const entry of draft.experience) {
    const base = profile.experience[entry.index];
    if (!base) continue;
    const top = entry.bullets[0];
    if (top && base.bullets[0] !== top.text)
      changes.push({
        what: `${base.employer}: "${top.text.slice(0, 70)}${top.text.length > 70 ? '…' : ''}" moved first`,
        why: top.reason || 'most relevant to the job',
      });
    const dropped = base.bullets.length - entry.bullets.length;
    if (dropped > 0)
      changes.push({
        what: `${base.employer}: ${dropped} bullet${dropped === 1 ? '' : 's'} left out`,
        why: 'less relevant, to keep one page',
      });
  }
  return changes;
}

/**
 * Assembles the tailored resume: facts (employer, title, dates, schools) from the profile by
 * index, choices and wording from the draft (offline when none is given). Entries the draft
 * leaves out keep their own first bullets, so no job disappears from the history.
 */
export function tailorResume(profile: ProfileDraft, job: JobCapture, options: WriteOptions<ResumeDraft>): TailoredResume {
  const draft = options.draft ?? offlineResumeDraft(profile, job, options.now);
  const fromDraft = new Map(draft.experience.filter((e) => profile.experience[e.index]).map((e) => [e.index, e.bullets]));
  const experience = chronological(profile).map((index) => {
    const e = profile.experience[index] as ProfileDraft['experience'][number];
    const bullets = fromDraft.get(index) ?? e.bullets.slice(0, 2).map((text) => ({ text, reason: '' }));
    return { index, employer: e.employer, title: e.title, location: e.location, start: e.start, end: e.end, bullets };
  });
  const latest = experience[0];
  const contact = [profile.location, profile.email, profile.phone, profile.links.linkedin, profile.links.github, profile.links.portfolio]
    .map((c) => c.trim())
    .filter(Boolean);
  const years = yearsLabel(profile, options.now);
  return {
    kind: 'resume',
    name: [profile.name.first, profile.name.last].filter(Boolean).join(' '),
    headline: latest ? latest.title : years > 0 ? `${years} years of experience` : '',
    contact,
    summary: draft.summary,
    skills: draft.skills,
    experience,
    education: profile.education.map((e) => ({ school: e.school, degree: e.degree, field: e.field, start: e.start, end: e.end })),
    certifications: profile.certifications.map((c) => [c.name, c.issuer, c.year].filter(Boolean).join(', ')),
    languages: profile.languages.map((l) => (l.level ? `${l.name} (${l.level})` : l.name)),
    changes: describeChanges(
      profile,
      { ...draft, experience: experience.map((e) => ({ index: e.index, bullets: e.bullets })) },
      askedSkills(job),
    ),
    ...writerOf(options),
  };
}
