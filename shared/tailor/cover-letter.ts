import { profileFacts } from '../match/profile-facts.ts';
import { canonicalSkill } from '../match/skills.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { quantitiesIn } from './quantities.ts';
import type { CoverLetter, LetterDraft } from './schema.ts';
import { askedSkills, chronological, jobWords, list, scoreBullet } from './tailor-resume.ts';
import { type WriteOptions, writerOf } from './writer.ts';

/**
 * The offline cover letter: the role, who the user is (their latest title and years), the two
 * achievements from their own bullets that speak most to the job (as "I …" when the bullet starts
 * with a verb, else as what the work included), and the skills the job asks
 * for that they have. Every sentence is assembled from profile facts.
 */

// Resume bullets mostly start with a verb: in the past ("Led", "Cut", any "-ed") or the present
// ("Manage", "Build"). Those continue "I …"; any other bullet ("Scala and Java microservices",
// "Managing a team of 5") is what the work included, so no sentence reads "I scala and…".
const IRREGULAR_PAST = new Set(
  'led built ran wrote drove made grew cut set took won gave taught oversaw began brought sold spent kept held met found chose sent put shot spoke rebuilt rewrote undertook understood overtook stood bore'.split(
    ' ',
  ),
);
const PRESENT = new Set(
  'manage lead build develop design own run write drive create maintain support coordinate deliver implement launch mentor train teach plan oversee analyze analyse handle prepare provide conduct perform monitor improve reduce increase optimize optimise automate migrate test review negotiate sell serve care assist administer organize organise establish ensure partner collaborate work architect ship operate direct research edit produce present advise'.split(
    ' ',
  ),
);

/** "Led month-end close…" → "I led month-end close…"; "Responsible for X" → "I was responsible for X"; a bullet with no verb → "my work included …". */
function asClause(bullet: string, skills: ReadonlySet<string>): { verb: boolean; text: string } {
  const text = bullet.trim().replace(/[.;]+$/, '');
  const first = /^[\p{L}][\p{L}'-]*/u.exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  // A proper name, an acronym or a skill ("NetSuite", "US GAAP", "Scala") keeps its capital.
  const keepCase = first !== first[0] + lower.slice(1) || skills.has(lower) || canonicalSkill(first) !== null;
  const rest = keepCase ? text : lower + text.slice(first.length);
  if (/^(responsible|accountable)\s+for\b/i.test(text)) return { verb: true, text: `was ${rest}` };
  const verb = (lower.length > 3 && lower.endsWith('ed')) || IRREGULAR_PAST.has(lower) || PRESENT.has(lower);
  return { verb, text: rest };
}

export function offlineLetterDraft(profile: ProfileDraft, job: JobCapture, now: Date): LetterDraft {
  const asked = askedSkills(job);
  const words = jobWords(job);
  const facts = profileFacts(profile, now);
  const order = chronological(profile);
  const latest = profile.experience[order[0] ?? -1];
  const years = Math.floor(facts.yearsTotal);
  const company = job.company.trim();
  const role = job.title.trim();

  // The years the user's own summary states win, so the letter never contradicts the resume,
  // whose summary starts with that sentence ("six years" as well as "6+ years").
  const stated = quantitiesIn(profile.summary.trim().split(/(?<=[.!?])\s+/)[0] ?? '').find((q) => q.kind === 'years');
  const experience = stated
    ? `${stated.value}${stated.atLeast ? '+' : ''} year${stated.value === 1 ? '' : 's'}`
    : years >= 1
      ? `${years} year${years === 1 ? '' : 's'}`
      : '';
  const title = latest?.title.trim() ?? '';
  const employer = latest?.employer.trim() ?? '';
  const current = latest?.end === null;
  const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
  // Each sentence is written only from parts the profile has: never "At , I…" or "a  at".
  const who = title
    ? `${current ? 'I am' : 'Most recently I was'} ${article(title)} ${title}${employer ? ` at ${employer}` : ''}${experience ? `, with ${experience} of experience behind me` : ''}.`
    : experience
      ? `I bring ${experience} of experience.`
      : '';
  const target = role ? `the ${role} position` : 'this position';
  const intro = [`I am writing to apply for ${target}${company ? ` at ${company}` : ''}.`, who].filter(Boolean).join(' ');

  // The two achievements that speak most to the job, in the user's own words, each with its employer.
  const evidence = order
    .flatMap((index) => {
      const e = profile.experience[index];
      return (e?.bullets ?? []).map((b) => ({ index, employer: e?.employer.trim() ?? '', ...scoreBullet(b, asked, words) }));
    })
    .filter((b) => b.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2);
  const [first, second] = evidence;
  const known = new Set([...facts.skills].map((skill) => skill.toLowerCase()));
  const sentences: string[] = [];
  const say = (lead: string, bullet: string) => {
    const clause = asClause(bullet, known);
    return clause.verb ? `${lead}, I ${clause.text}.` : `${lead}, my work included ${clause.text}.`;
  };
  if (first) {
    const lead = !first.employer
      ? 'In my work'
      : first.index === order[0] && current
        ? `In my current role at ${first.employer}`
        : `At ${first.employer}`;
    sentences.push(say(lead, first.text));
  }
  if (second) {
    const sameRole = second.index === first?.index || (second.employer !== '' && second.employer === first?.employer);
    if (second.employer && !sameRole) sentences.push(say(`At ${second.employer}`, second.text));
    else {
      const clause = asClause(second.text, known);
      sentences.push(clause.verb ? `I also ${clause.text}.` : `My work ${sameRole ? 'there ' : ''}also included ${clause.text}.`);
    }
  }

  const matched = [...asked.keys()].filter((s) => facts.skills.has(s) && canonicalSkill(s)?.category !== 'language');
  const skills =
    matched.length > 0
      ? `Your posting asks for ${list(matched.slice(0, 5))}; ${matched.length === 1 ? 'it is' : 'they are'} part of the work I do.`
      : '';
  const close = [
    `I would welcome the chance to talk about how I could help${company ? ` ${company}` : ' your team'}.`,
    'Thank you for considering my application.',
  ].join(' ');

  return {
    greeting: company ? `Dear ${company} hiring team,` : 'Dear hiring team,',
    paragraphs: [intro, [...sentences, skills].filter(Boolean).join(' '), close].filter((p) => p.trim() !== ''),
    closing: 'Kind regards,',
  };
}

/** The letter as a document: the user's name and contact from the profile, the wording from the draft. */
export function writeCoverLetter(profile: ProfileDraft, job: JobCapture, options: WriteOptions<LetterDraft>): CoverLetter {
  const draft = options.draft ?? offlineLetterDraft(profile, job, options.now);
  return {
    kind: 'cover-letter',
    name: [profile.name.first, profile.name.last].filter(Boolean).join(' '),
    contact: [profile.location, profile.email, profile.phone].map((c) => c.trim()).filter(Boolean),
    company: job.company,
    jobTitle: job.title,
    greeting: draft.greeting,
    paragraphs: draft.paragraphs,
    closing: draft.closing,
    ...writerOf(options),
  };
}
