import { degreeLevelOf } from '../match/degrees.ts';
import { profileFacts } from '../match/profile-facts.ts';
import { canonicalSkill, skillsIn } from '../match/skills.ts';
import { escapeRegExp } from '../regexp.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { type Quantity, quantitiesIn } from './quantities.ts';
import type { CoverLetter, TailoredResume, UnsupportedClaim } from './schema.ts';

/**
 * The truthfulness check every generated document passes before the user sees it: each
 * employer, title, date, degree, certification, clearance, work authorization, number and skill
 * it states must be in the profile, and an achievement must stay with the role it belongs to. It
 * reads text the way a recruiter would, one rule per kind of claim (below). Names are compared
 * as whole words, never as substrings (a company called "Go" vouches for no "Google"). The job's
 * own company and title may appear only as what is being applied for. Verdicts depend on the
 * clock the caller passes (years of experience), never on today's date.
 */

type Kind = UnsupportedClaim['kind'];

/** Lower case, accents and punctuation gone, words separated by one space. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
const tokens = (s: string) => {
  const n = norm(s);
  return n ? n.split(' ') : [];
};

/** Whether `part`'s words appear in `whole`, in order and next to each other. */
function within(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

// Words an organisation's name may carry or drop without naming another organisation.
const CORPORATE = new Set('inc corp corporation co company ltd llc llp plc gmbh ag se sa bv nv group holdings the'.split(' '));
const bare = (name: string[]) => name.filter((w) => !CORPORATE.has(w));

/**
 * A name the text states is one the profile knows: the same words, or some of them in order
 * ("Zalando" for "Zalando SE"), never a substring of a word and never more words than it has.
 */
function knownName(candidate: string, names: string[][]): boolean {
  const c = bare(tokens(candidate));
  return c.length === 0 || names.some((n) => within(c, bare(n)));
}

/** A passage of the profile a quantity may come from; `role` is the experience entry it belongs to. */
interface Passage {
  text: string;
  role: number | null;
  quantities: Quantity[];
}

interface Known {
  passages: Passage[];
  /** Every word of the profile's own prose (summary, bullets, certifications, projects, education). */
  prose: string[];
  /** The words the user wrote about themselves: the summary and the certifications' names. */
  ownWords: string[];
  years: Set<string>;
  skills: Set<string>;
  yearsTotal: number;
  yearsBySkill: Record<string, number>;
  /** Organisations the user may name: employers, schools, issuers, projects. */
  orgs: string[][];
  /** The organisations as the profile writes them. */
  orgNames: string[];
  /** Each role's employer, by experience index. */
  employers: string[][];
  places: string[][];
  titles: string[][];
  degrees: Array<{ level: number; words: string[] }>;
  authorization: ProfileDraft['workAuthorization'];
}

function known(profile: ProfileDraft, now: Date): Known {
  const facts = profileFacts(profile, now);
  const passages: Passage[] = [];
  const passage = (text: string, role: number | null) => {
    if (text.trim()) passages.push({ text, role, quantities: quantitiesIn(text) });
  };
  passage(profile.summary, null);
  profile.experience.forEach((e, i) => {
    passage(e.title, i);
    for (const b of e.bullets) passage(b, i);
  });
  for (const p of profile.projects) passage(`${p.name}: ${p.description}`, null);
  for (const c of profile.certifications) passage(c.name, null);
  for (const e of profile.education) passage(`${e.degree} ${e.field}`, null);
  const prose = tokens(
    [
      profile.summary,
      ...profile.experience.flatMap((e) => [e.title, ...e.bullets]),
      ...profile.projects.map((p) => `${p.name} ${p.description}`),
      ...profile.certifications.map((c) => `${c.name} ${c.issuer}`),
      ...profile.education.map((e) => `${e.school} ${e.degree} ${e.field}`),
      ...profile.skills.map((s) => s.name),
    ].join('\n'),
  );
  const dated = [
    ...profile.experience.flatMap((e) => [e.start, e.end]),
    ...profile.education.flatMap((e) => [e.start, e.end]),
    ...profile.certifications.map((c) => c.year),
    profile.summary,
    ...profile.experience.flatMap((e) => e.bullets),
    ...profile.projects.map((p) => p.description),
  ].join(' ');
  const years = new Set([...dated.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]));
  const employers = profile.experience.map((e) => tokens(e.employer));
  const orgNames = [
    ...profile.experience.map((e) => e.employer),
    ...profile.education.map((e) => e.school),
    ...profile.certifications.map((c) => c.issuer),
    ...profile.projects.map((p) => p.name),
  ].filter((n) => n.trim());
  const places = [profile.location, ...profile.experience.map((e) => e.location)]
    .flatMap((l) => l.split(','))
    .map(tokens)
    .filter((p) => p.length > 0);
  const titles = profile.experience.map((e) => tokens(e.title)).filter((t) => t.length > 0);
  const degrees = profile.education.flatMap((e) => {
    const level = degreeLevelOf(`${e.degree} ${e.field}`);
    return level === null ? [] : [{ level, words: tokens(`${e.degree} ${e.field} ${e.school}`) }];
  });
  return {
    passages,
    prose,
    orgNames,
    ownWords: tokens([profile.summary, ...profile.certifications.map((c) => c.name)].join('\n')),
    years,
    skills: facts.skills,
    yearsTotal: facts.yearsTotal,
    yearsBySkill: facts.yearsBySkill,
    orgs: orgNames.map(tokens).filter((o) => o.length > 0),
    employers,
    places,
    titles,
    degrees,
    authorization: profile.workAuthorization,
  };
}

/** Where generated text sits: which role's bullets (null for a summary, a letter or an answer). */
interface Place {
  where: string;
  role: number | null;
}

// ── Organisations ────────────────────────────────────────────────────────────────────────────
// "at Acme Corp", "At Stripe, I…", "joined Initech", "ex-Google": a capitalised name after these is an organisation.
const ORG =
  /(?:\b(?:[Aa]t|[Ff]or|[Ww]ith|[Jj]oined|[Ff]rom|[Ww]ithin|[Ii]nside|[Bb]y|[Ll]eft|[Pp]reviously)\s+|\b[Ee]x-)((?:\p{Lu}[\p{L}\p{N}&.'+-]*)(?:\s+(?:&\s+|of\s+)?\p{Lu}[\p{L}\p{N}&.'+-]*){0,4})/gu;
// Words that start a capitalised run without being a name.
const NOT_ORG =
  /^(i|the|my|our|your|a|an|this|that|these|those|it|we|us|all|both|each|every|teams?|customers?|clients?|patients?|users?|stakeholders?|scale|speed|years?|months?|weeks?|days?|time|more|most|over|up|one|two|three|many|several|experience|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|respect|regards|thanks|sincerely|warm|kind|best|enthusiasm|interest|care|confidence|pride|ease|attention)$/i;

// ── Titles ───────────────────────────────────────────────────────────────────────────────────
const HEADS =
  'engineer|developer|programmer|manager|accountant|nurse|analyst|designer|director|lead|specialist|technician|technologist|consultant|architect|scientist|researcher|officer|administrator|coordinator|head|vp|president|controller|cook|chef|welder|driver|recruiter|writer|editor|teacher|instructor|professor|attorney|lawyer|paralegal|assistant|representative|supervisor|founder|cto|ceo|cfo|coo|cio|executive|strategist|marketer|physician|therapist|pharmacist|electrician|mechanic|sre|intern|owner|partner|auditor|economist|statistician|trainer|coach|advisor|adviser|producer|planner|buyer|agent|clerk|cashier|barista|server|receptionist|secretary|operator|inspector|surveyor|paramedic|dentist|hygienist|veterinarian|librarian|counselor|counsellor|chemist|biologist|physicist|mathematician|journalist|photographer|artist|illustrator|animator';
// A word of a title: not a function word, and not a verb's past ("Re-architected the … editor" is no title).
const TITLE_WORD =
  "(?!(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|our|my|their|its|who|that|which|is|was|has|have)\\b)(?:[\\p{L}][\\p{L}+#&'/-]*(?<![a-z]ed)|registered|licensed|certified|qualified|chartered)";
// "as a Senior Data Engineer", "promoted to Staff Engineer", "I am a backend engineer".
const TITLE_AFTER = new RegExp(
  `\\b(?:as(?:\\s+(?:an?|the))?|promoted\\s+to|role\\s+of|(?:i\\s+am|i'm|i\\s+was|i've\\s+been|i\\s+have\\s+been)\\s+(?:an?|the)|(?:former|formerly)(?:\\s+(?:an?|the))?)\\s+((?:${TITLE_WORD}\\s+){0,4}?(?:${HEADS}))\\b`,
  'giu',
);
// A headline: the first words of a sentence up to a title ("Engineering manager and…", "Senior Backend Engineer with…").
const TITLE_LEAD = new RegExp(`^\\s*(?:an?\\s+)?((?:${TITLE_WORD}\\s+){0,4}?(?:${HEADS}))\\b(?!\\s+(?:of|for)\\b)`, 'iu');
// Words that describe how well, not which job ("seasoned backend engineer").
const PRAISE = new Set(
  'experienced seasoned accomplished proven dedicated passionate motivated skilled versatile creative hands-on hands on results-driven results driven detail-oriented detail oriented highly self-motivated driven curious pragmatic thoughtful collaborative reliable certified professional licensed'.split(
    ' ',
  ),
);
// Seniority words: a text may drop them ("Engineer" for "Senior Engineer"), never add them.
const RANKS = new Set(
  'senior sr junior jr staff principal lead chief head distinguished associate assistant executive vp director i ii iii iv'.split(' '),
);
const RANK_ALIASES: Record<string, string> = { sr: 'senior', jr: 'junior' };

// ── Degrees, certifications, clearance, authorization ────────────────────────────────────────
const DEGREE_PHRASE =
  /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree|master'?s?(?:\s+degree)?|m\.\s?sc?\.?|m\.?sc\.?|mba|m\.?b\.?a\.|m\.?eng\.?|m\.a\.|bachelor'?s?(?:\s+degree)?|b\.\s?sc?\.?|b\.?sc\.?|b\.a\.|bsn|b\.?eng\.?|associate'?s?\s+degree|(?:MS|MSc|MA|MEng|BS|BSc|BA|BEng|BBA|PhD|DPhil|JD|MD)(?=\s*(?:,|in\b|of\b|degree\b|\())|(?:bachelor|master|doctor)\s+of\s+[A-Z][\p{L}]+)(?:\s+(?:in|of)\s+((?:[A-Z][\p{L}-]*|and|&)(?:\s+(?:[A-Z][\p{L}-]*|and|&)){0,4}))?/giu;
const CERT_ACRONYMS =
  /\b(PMP|CAPM|CPA|CFA|CMA|FRM|CISSP|CISM|CISA|CEH|OSCP|CCNA|CCNP|CCIE|CKA|CKAD|CKS|CSM|CSPO|PSM|SAFe|PHR|SPHR|SHRM-CP|SHRM-SCP|RHCE|RHCSA|ITIL|TOGAF|PRINCE2|Security\+|Network\+|A\+|CCRN|CEN|PALS|NRP|CDL|ASE)(?![\p{L}\p{N}+])/gu;
const CERT_PHRASE =
  /\b((?:[A-Z][\p{L}\p{N}+&-]*\s+){0,3}[Cc]ertified(?:\s+[A-Z][\p{L}\p{N}+&-]*){1,4}|(?:[A-Z][\p{L}\p{N}+&-]*\s+){1,4}(?:[Cc]ertification|[Cc]ertificate|[Ll]icen[cs]e)|(?:Six Sigma|Lean)\s+(?:Green|Black|Yellow)\s+Belt)/gu;
const CLEARANCE =
  /\b(?:(?:active|current|top[- ]secret|ts\/sci|secret|public[- ]trust|security|dod|government|federal)\s+)*clearance\b|\bTS\/SCI\b/giu;
const AUTHORIZATION =
  /\b(?:(?:u\.?s\.?|american|british|canadian|eu|german|french|indian|australian)\s+)?citizen(?:ship)?\b|\bgreen card\b|\bpermanent resident\b|\bH-?1B\b|\bwork (?:visa|permit)\b|\bvisa\b|\bsponsorship\b|\bsponsor\b|\b(?:authori[sz]ed|eligible|entitled|cleared) to work\b|\bright to work\b/giu;
const COUNTRY_WORDS: Array<[RegExp, string]> = [
  [/\b(u\.?s\.?a?|united states|america)\b/i, 'US'],
  [/\b(u\.?k\.?|united kingdom|britain)\b/i, 'GB'],
  [/\bcanada\b/i, 'CA'],
  [/\bgermany\b/i, 'DE'],
  [/\b(eu|european union)\b/i, 'EU'],
  [/\baustralia\b/i, 'AU'],
  [/\bnetherlands\b/i, 'NL'],
  [/\bfrance\b/i, 'FR'],
  [/\bindia\b/i, 'IN'],
];

// ── The job: what is applied for, never a past role ─────────────────────────────────────────
// A sentence about the user's past ("previously worked as X at Y").
const PAST =
  /\b(previously|formerly|former|worked|served|spent|was employed|have been|had been|my (?:time|years|tenure|role|work) (?:at|as|with)|during my|while at|back at|ex-)/i;

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The text's sentences, by the platform's sentence rules ("M.S. in" and "U.S. citizen" do not end one). */
function sentencesOf(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  for (const s of SENTENCES.segment(text)) if (s.segment.trim()) out.push({ text: s.segment, index: s.index });
  return out;
}

/** The job's company and title as they may be written (whole words), or null without a job. */
function jobNames(job: JobCapture | undefined) {
  if (!job) return null;
  const company = tokens(job.company);
  const title = tokens(job.title);
  return { company, title };
}

/** Claims in a piece of generated text that the profile does not support. */
function checkText(k: Known, text: string, at: Place, job: JobCapture | undefined): UnsupportedClaim[] {
  const claims: UnsupportedClaim[] = [];
  const add = (kind: Kind, claim: string) => {
    const t = claim.trim().slice(0, 300);
    if (t && !claims.some((c) => c.kind === kind && c.text === t)) claims.push({ kind, text: t, where: at.where.slice(0, 300) });
  };
  const names = jobNames(job);
  const userTitle = (words: string[]) => k.titles.some((t) => within(words, t));

  for (const sentence of sentencesOf(text)) {
    const s = sentence.text;
    const words = tokens(s);
    // The job's company or title stated as the user's past ("previously worked as X at Y").
    if (names && PAST.test(s)) {
      if (names.company.length > 0 && within(names.company, words) && !knownName(job?.company ?? '', k.orgs))
        add('employer', job?.company ?? '');
      if (names.title.length > 0 && within(bare(names.title), words) && !userTitle(names.title)) add('title', job?.title ?? '');
    }
    // Naming the job ("the Site Reliability Engineer role at Fjord Energy") claims nothing else about the user.
    const own = names ? blank(s, [job?.title ?? '', job?.company ?? '']) : s;
    checkOrgs(k, s, add, names?.company ?? null);
    checkTitles(k, own, add, at.role === null && sentence.index === 0);
    for (const m of own.matchAll(/\b(19|20)\d{2}\b/g)) if (!k.years.has(m[0])) add('date', m[0]);
    checkQuantities(k, own, at, add);
    // An employer or school named like a product ("At Figma, I…") is no skill claim.
    for (const skill of skillsIn(blank(own, k.orgNames))) if (!k.skills.has(skill.name)) add('skill', skill.name);
    checkCredentials(k, own, add);
  }
  return claims;
}

/** The text with these names (whole words, any case) replaced by spaces. */
function blank(text: string, names: string[]): string {
  let out = text;
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    const escaped = escapeRegExp(trimmed).replace(/\s+/g, '\\s+');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), (m) => ' '.repeat(m.length));
  }
  return out;
}

function checkOrgs(k: Known, sentence: string, add: (kind: Kind, claim: string) => void, jobCompany: string[] | null) {
  for (const m of sentence.matchAll(ORG)) {
    // "At Zalando I built": the name ends before a pronoun or another word no name starts with.
    const words = (m[1] ?? '')
      .trim()
      .replace(/[.,'’]+$/, '')
      .split(/\s+/);
    while (words.length > 1 && NOT_ORG.test(words.at(-1) as string)) words.pop();
    const name = words.join(' ');
    if (!name || NOT_ORG.test(words[0] ?? '')) continue;
    // "at Google" names an employer even where Google is also a skill; "with Python" does not.
    const employment = /^(?:at|joined|left|previously|ex-)/i.test(m[0]);
    // "with Data analysis": a skill that starts with the capitalised word.
    const following = sentence
      .slice((m.index ?? 0) + m[0].length - name.length)
      .split(/\s+/)
      .slice(0, 4);
    // "at Stripe and Zalando": two names, each checked.
    for (const part of name.split(/\s+and\s+/)) checkOrg(k, part, add, jobCompany, employment, following);
  }
}

/** Whether the words begin with a skill's name ("Data analysis and Python"). */
function skillStartsAt(words: string[]): boolean {
  for (let n = words.length; n >= 1; n--)
    if (
      canonicalSkill(
        words
          .slice(0, n)
          .join(' ')
          .replace(/[.,;:]+$/, ''),
      )
    )
      return true;
  return false;
}

function checkOrg(
  k: Known,
  name: string,
  add: (kind: Kind, claim: string) => void,
  jobCompany: string[] | null,
  employment: boolean,
  following: string[],
) {
  const words = tokens(name);
  // A skill or a place the profile names is no employer ("with Python", "from Berlin").
  if (!employment && (canonicalSkill(name) || skillsIn(name).length > 0 || skillStartsAt(following))) return;
  if (k.places.some((p) => within(words, p))) return;
  if (knownName(name, k.orgs)) return;
  // The job's company, named as what is applied for (a past claim is caught with the sentence).
  if (jobCompany && jobCompany.length > 0 && within(bare(words), bare(jobCompany))) return;
  add('employer', name);
}

/** Titles the sentence gives the user; `headline` for a summary's or an answer's first sentence ("Engineering manager and…"). */
function checkTitles(k: Known, sentence: string, add: (kind: Kind, claim: string) => void, headline: boolean) {
  const candidates: string[] = [];
  for (const m of sentence.matchAll(TITLE_AFTER)) candidates.push(m[1] ?? '');
  const lead = headline ? TITLE_LEAD.exec(sentence) : null;
  // A bare "Lead" or "Head" starting a sentence is a verb or a noun of the work, not a headline.
  if (lead?.[1] && /\s/.test(lead[1].trim())) candidates.push(lead[1]);
  // "Engineering manager and backend engineer": each title of a headline.
  for (const candidate of candidates) {
    for (const part of candidate.split(/\s+(?:and|&|\/)\s+/i)) {
      const words = tokens(part)
        .map((w) => RANK_ALIASES[w] ?? w)
        .filter((w) => !PRAISE.has(w));
      // Skill words describe the work, not the title ("Go engineer" for a backend engineer who writes Go).
      const core = words.filter((w, i) => i === words.length - 1 || RANKS.has(w) || !k.skills.has(canonicalSkill(w)?.name ?? '\u0000'));
      if (core.length === 0 || titleHeld(k, core)) continue;
      add('title', part.trim());
    }
  }
}

/**
 * Whether the profile holds this title: a role with the same head ("engineer") and every rank
 * word ("Senior"), whose other words the profile uses ("backend engineer" for a Software
 * Engineer whose summary says backend); or the user's own summary or a certification names it.
 */
function titleHeld(k: Known, words: string[]): boolean {
  if (within(words, k.ownWords)) return true;
  const head = words[words.length - 1] as string;
  return k.titles.some((title) => {
    const have = title.map((w) => RANK_ALIASES[w] ?? w);
    if (!have.includes(head)) return false;
    return words.every((w) => have.includes(w) || (!RANKS.has(w) && k.prose.includes(w)));
  });
}

function checkQuantities(k: Known, text: string, at: Place, add: (kind: Kind, claim: string) => void) {
  for (const q of quantitiesIn(text)) {
    // List markers, "one-page", "24/7": not claims about the user.
    if ((q.value <= 1 && q.kind === 'count') || (q.value === 24 && /^24\s*\/\s*7/.test(text.slice(q.index)))) continue;
    if (q.value === 7 && /24\s*\/\s*$/.test(text.slice(0, q.index))) continue;
    const verdict = quantitySupported(k, q, at);
    if (verdict === 'unknown') add('number', q.raw);
    else if (verdict === 'elsewhere') add('achievement', q.raw);
  }
}

const COMPATIBLE: Record<Quantity['kind'], Quantity['kind'][]> = {
  percent: ['percent'],
  money: ['money', 'count'],
  count: ['count', 'money'],
  years: ['years'],
  months: ['months'],
};

/**
 * A quantity is supported when the profile states the same value, of the same kind, about the
 * same thing (the clauses share a word, or the profile's figure is the only one of its kind);
 * years are checked against the profile's dates. "elsewhere": only another role states it.
 */
function quantitySupported(k: Known, q: Quantity, at: Place): 'ok' | 'unknown' | 'elsewhere' {
  if (q.kind === 'years') {
    // "5 years of Go" is about Go; "9 years of experience in Java and AWS" about the whole career.
    const object = /^\s*\+?\s*years?\s+(?:of\s+|with\s+|in\s+|using\s+)?(.*)$/i.exec(q.afterText)?.[1] ?? '';
    const skill = /^(?:professional\s+|hands-on\s+|industry\s+)?experience\b/i.test(object)
      ? null
      : (skillsIn(object.split(/\s+/).slice(0, 3).join(' '))[0]?.name ?? null);
    const have = skill && k.yearsBySkill[skill] !== undefined ? k.yearsBySkill[skill] : k.yearsTotal;
    const fits = (years: number) =>
      q.atLeast ? q.value <= Math.floor(years + 0.05) : q.value === Math.floor(years) || q.value === Math.round(years);
    if (have !== undefined && fits(have)) return 'ok';
    if (!skill && Object.values(k.yearsBySkill).some((y) => fits(y) && q.after.length === 0)) return 'ok';
  }
  const same = k.passages.flatMap((p) =>
    p.quantities.filter((o) => Math.abs(o.value - q.value) < 1e-9 && COMPATIBLE[q.kind].includes(o.kind)).map((o) => ({ p, o })),
  );
  if (same.length === 0) return 'unknown';
  const about = new Set(q.around);
  const related = same.filter(({ o }) => o.around.some((w) => about.has(w)) || q.around.length === 0);
  if (related.length === 0) return 'unknown';
  if (at.role === null) return 'ok';
  return related.some(({ p }) => p.role === at.role || p.role === null) ? 'ok' : 'elsewhere';
}

function checkCredentials(k: Known, text: string, add: (kind: Kind, claim: string) => void) {
  const prose = k.prose;
  const inProse = (phrase: string) => within(tokens(phrase), prose);
  for (const m of text.matchAll(DEGREE_PHRASE)) {
    const phrase = m[0].trim();
    const level = degreeLevelOf(phrase) ?? degreeLevelOf(phrase.replace(/\s+(?:in|of)\s+.*$/, ''));
    if (level === null) continue;
    const held = k.degrees.filter((d) => d.level === level);
    const field = m[1] ? tokens(m[1]).filter((w) => w !== 'and') : [];
    if (held.length === 0 || (field.length > 0 && !held.some((d) => field.every((w) => d.words.includes(w))))) add('degree', phrase);
  }
  for (const m of text.matchAll(CERT_ACRONYMS))
    if (!inProse(m[0]) && !k.skills.has(canonicalSkill(m[0])?.name ?? m[0])) add('certification', m[0]);
  for (const m of text.matchAll(CERT_PHRASE)) {
    const phrase = m[0].trim();
    const words = tokens(phrase).filter((w) => !['certified', 'certification', 'certificate', 'license', 'licence'].includes(w));
    if (words.length === 0 || within(words, prose)) continue;
    // "AWS certification" when the profile lists "AWS Certified Solutions Architect".
    if (words.every((w) => prose.includes(w)) && /certif/.test(prose.join(' '))) continue;
    add('certification', phrase);
  }
  for (const m of text.matchAll(CLEARANCE)) {
    const words = tokens(m[0]).filter((w) => !['active', 'current'].includes(w));
    if (!within(words, prose)) add('clearance', m[0].trim());
  }
  for (const sentence of sentencesOf(text)) {
    for (const m of sentence.text.matchAll(AUTHORIZATION)) {
      if (!authorizationSupported(k, sentence.text, m[0])) add('authorization', m[0].trim());
    }
  }
}

/** A statement of citizenship, visa or sponsorship is the profile's when its work authorization says so. */
function authorizationSupported(k: Known, sentence: string, phrase: string): boolean {
  if (within(tokens(phrase), k.prose)) return true;
  const lower = phrase.toLowerCase();
  // Citizenship, a green card, a visa's name: the profile says whether one may work, not why.
  if (/citizen|green card|permanent resident|h-?1b|visa|permit/.test(lower)) return false;
  const countries = COUNTRY_WORDS.filter(([re]) => re.test(sentence)).map(([, code]) => code);
  const entries = k.authorization.filter((a) => countries.length === 0 || countries.includes(a.country.toUpperCase()));
  if (entries.length === 0) return false;
  const needs =
    /\b(?:will|would|do|does|shall)\s+(?:need|require)\b|\b(?:need|require|requires|needing|requiring)\s+(?:visa\s+|employment\s+)?sponsor/i.test(
      sentence,
    );
  const without = /\b(?:not|no|never|without|don't|won't|neither)\b[^.]{0,40}\bsponsor|\bsponsor\w*\b[^.]{0,20}\bnot\b/i.test(sentence);
  if (/sponsor/.test(lower)) {
    if (without) return entries.every((a) => a.authorized && !a.needsSponsorship);
    if (needs) return entries.every((a) => a.needsSponsorship);
    return false;
  }
  // "authorized to work", "eligible to work", "right to work".
  return entries.every((a) => a.authorized);
}

/** Claims in a piece of generated text (a summary, a letter's paragraph, an answer) that the profile does not support. */
export function verifyText(profile: ProfileDraft, text: string, where: string, job: JobCapture | undefined, now: Date): UnsupportedClaim[] {
  return checkText(known(profile, now), text, { where, role: null }, job);
}

/** A tailored resume's claims, part by part: each role's facts and bullets (in the resume's order), the summary, the skills. */
export interface ResumeClaims {
  roles: Array<{ facts: UnsupportedClaim[]; bullets: UnsupportedClaim[][] }>;
  summary: UnsupportedClaim[];
  skills: UnsupportedClaim[];
}

/** A tailored resume: its facts must be the profile's (by index), its words supported by it, each achievement under its own role. */
export function verifyResumeParts(profile: ProfileDraft, resume: TailoredResume, now: Date): ResumeClaims {
  const k = known(profile, now);
  const roles = resume.experience.map((entry) => {
    const base = profile.experience[entry.index];
    const where = `experience ${entry.index + 1}`;
    if (!base) return { facts: [{ kind: 'employer' as const, text: entry.employer, where }], bullets: [] };
    const facts: UnsupportedClaim[] = [];
    if (norm(base.employer) !== norm(entry.employer)) facts.push({ kind: 'employer', text: entry.employer, where });
    if (norm(base.title) !== norm(entry.title)) facts.push({ kind: 'title', text: entry.title, where });
    if (base.start !== entry.start || base.end !== entry.end)
      facts.push({ kind: 'date', text: `${entry.start ?? ''}–${entry.end ?? 'present'}`, where });
    const bullets = entry.bullets.map((b, i) =>
      checkText(k, b.text, { where: `${base.employer}, bullet ${i + 1}`, role: entry.index }, undefined),
    );
    return { facts, bullets };
  });
  const own = new Set(profile.skills.map((s) => norm(s.name)));
  const skills = resume.skills
    .filter((skill) => !k.skills.has(canonicalSkill(skill)?.name ?? skill) && !own.has(norm(skill)))
    .map((skill): UnsupportedClaim => ({ kind: 'skill', text: skill, where: 'skills' }));
  return { roles, summary: checkText(k, resume.summary, { where: 'summary', role: null }, undefined), skills };
}

/** Every unsupported claim of a tailored resume, in its order. */
export function verifyResume(profile: ProfileDraft, resume: TailoredResume, now: Date): UnsupportedClaim[] {
  const parts = verifyResumeParts(profile, resume, now);
  return [...parts.roles.flatMap((r) => [...r.facts, ...r.bullets.flat()]), ...parts.summary, ...parts.skills];
}

/** A cover letter may name the job's company and title as what is applied for; everything about the user must be in the profile. */
export function verifyLetter(profile: ProfileDraft, job: JobCapture, letter: CoverLetter, now: Date): UnsupportedClaim[] {
  const k = known(profile, now);
  return letter.paragraphs.flatMap((p, i) => checkLetterParagraph(k, p, `paragraph ${i + 1}`, job));
}

/**
 * A letter's paragraph; a sentence that names one of the user's employers ("At Zalando, I cut
 * latency by 40%") must state that role's achievements, not another's.
 */
function checkLetterParagraph(k: Known, paragraph: string, where: string, job: JobCapture): UnsupportedClaim[] {
  const claims: UnsupportedClaim[] = [];
  for (const sentence of sentencesOf(paragraph)) {
    const words = tokens(sentence.text);
    const roles = k.employers.map((e, i) => (e.length > 0 && within(bare(e), words) ? i : -1)).filter((i) => i >= 0);
    const role = roles.length === 1 ? (roles[0] as number) : null;
    for (const c of checkText(k, sentence.text, { where, role }, job)) {
      if (!claims.some((x) => x.kind === c.kind && x.text === c.text)) claims.push(c);
    }
  }
  return claims;
}
