import { parseSalary } from '../job/parse-salary.ts';
import { profileFacts } from '../match/profile-facts.ts';
import type { Answer } from '../schemas/answer.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { normalizeQuestion } from './answers.ts';
import { chooseOption, type Intent, isPlaceholder } from './choose-option.ts';
import { type Classification, classifyField } from './classify-field.ts';
import type { CanonicalField, CollectedField } from './fields.ts';

/** One thing the inserter does: type text, pick an option, tick a box, or attach the resume. */
export interface FillStep {
  ref: string;
  action: 'type' | 'choose' | 'check' | 'upload';
  value: string;
  /** For choices: what to pick, resolved against the live options when the page shows them only once opened. */
  intent?: Intent;
  label: string;
  field: CanonicalField | 'remembered';
  why: string;
}

export interface ReportItem {
  ref: string;
  label: string;
  why: string;
  /** The field already held a value, kept as is (not a question left unanswered). */
  kept?: boolean;
}

export interface FillPlan {
  steps: FillStep[];
  /** Fields left alone on purpose (already filled, optional and unknown). */
  skipped: ReportItem[];
  /** Required fields Jobsmith could not answer: the user must. */
  needsYou: ReportItem[];
}

export interface PlanOptions {
  /** Overwrite what the page already holds ("refill"). */
  refill?: boolean;
  /** A resume file is ready to attach. */
  hasResume?: boolean;
  answers?: Answer[];
  company?: string;
  now?: Date;
}

const MIN_CONFIDENCE = 0.8;

type Source = { text: string } | { intent: Intent } | { upload: true } | null;

// Countries as application questions name them, to ISO codes (the profile's work authorization keys).
const COUNTRIES: Array<[RegExp, string]> = [
  [/\b(united states|u\.s\.a?\.?|usa|us)\b/i, 'US'],
  [/\b(united kingdom|uk|great britain|britain|england)\b/i, 'GB'],
  [/\bcanada\b/i, 'CA'],
  [/\b(netherlands|holland)\b/i, 'NL'],
  [/\b(germany|deutschland)\b/i, 'DE'],
  [/\bfrance\b/i, 'FR'],
  [/\bireland\b/i, 'IE'],
  [/\bspain\b/i, 'ES'],
  [/\baustralia\b/i, 'AU'],
  [/\bindia\b/i, 'IN'],
  [/\b(european union|eu)\b/i, 'EU'],
];

function countryIn(question: string): string | null {
  return COUNTRIES.find(([re]) => re.test(question))?.[1] ?? null;
}

const boolIntent = (value: boolean | null): Source => (value === null ? null : { intent: { kind: value ? 'yes' : 'no' } });

/** What the profile says for a canonical field; null when it says nothing (never guessed). */
function fromProfile(field: CanonicalField, profile: ProfileDraft, options: PlanOptions, question: string): Source {
  const text = (value: string | null | undefined): Source => (value?.trim() ? { text: value.trim() } : null);
  const latest = [...profile.experience].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  const [city, region] = profile.location.split(',').map((s) => s.trim());
  const eeo = (value: string): Source =>
    value === 'decline' ? { intent: { kind: 'decline' } } : { intent: { kind: 'text', text: value } };
  switch (field) {
    case 'firstName':
      return text(profile.name.first);
    case 'lastName':
      return text(profile.name.last);
    case 'fullName':
      return text(`${profile.name.first} ${profile.name.last}`);
    case 'preferredName':
      return text(profile.name.preferred || profile.name.first);
    case 'email':
      return text(profile.email);
    case 'phone':
      return text(profile.phone);
    case 'currentLocation':
      return text(profile.location);
    case 'city':
      return text(city);
    case 'state':
      return region && /^[A-Z]{2}$/.test(region) ? { text: region } : null;
    case 'linkedin':
      return text(profile.links.linkedin);
    case 'github':
      return text(profile.links.github);
    case 'portfolio':
      return text(profile.links.portfolio);
    case 'currentCompany':
      return latest && latest.end === null ? text(latest.employer) : null;
    case 'currentTitle':
      return latest && latest.end === null ? text(latest.title) : null;
    case 'yearsExperience': {
      // A number only when the profile's dated roles give one; never an estimate.
      if (!profile.experience.some((e) => e.start)) return null;
      return { text: String(Math.floor(profileFacts(profile, options.now ?? new Date()).yearsTotal)) };
    }
    case 'salaryExpectation':
      return text(profile.salaryExpectation);
    case 'noticePeriod':
      return text(profile.noticePeriod);
    case 'startDate':
      return text(profile.earliestStart);
    case 'resume':
      return options.hasResume ? { upload: true } : null;
    case 'sponsorship':
      return profile.workAuthorization.length === 0 ? null : boolIntent(profile.workAuthorization.some((w) => w.needsSponsorship));
    case 'workAuthorization': {
      // Authorized where? The question names the country; without one, only a single entry answers.
      const country = countryIn(question);
      const entry = country
        ? profile.workAuthorization.find((w) => w.country.toUpperCase() === country)
        : profile.workAuthorization.length === 1
          ? profile.workAuthorization[0]
          : undefined;
      return entry ? boolIntent(entry.authorized) : null;
    }
    case 'relocation':
      return boolIntent(profile.willingToRelocate);
    case 'gender':
      return eeo(profile.eeo.gender);
    case 'race':
      return eeo(profile.eeo.race);
    case 'hispanicLatino':
      return profile.eeo.hispanicLatino === 'decline'
        ? { intent: { kind: 'decline' } }
        : boolIntent(/^yes/i.test(profile.eeo.hispanicLatino));
    case 'veteran':
      return eeo(profile.eeo.veteran);
    case 'disability':
      return eeo(profile.eeo.disability);
    case 'school':
      return text(profile.education[0]?.school);
    case 'degree':
      return text(profile.education[0]?.degree);
    case 'fieldOfStudy':
      return text(profile.education[0]?.field);
    default:
      // coverLetter, howDidYouHear, previouslyEmployed, country, address, postalCode,
      // phoneCountryCode: the profile does not hold these; remembered answers may.
      return null;
  }
}

function remembered(field: CollectedField, options: PlanOptions): Answer | undefined {
  const question = normalizeQuestion(field.label);
  if (!question) return undefined;
  const company = options.company?.toLowerCase();
  const matches = (options.answers ?? []).filter((a) => a.deletedAt === null && a.question === question);
  return (
    matches.find((a) => a.scope.kind === 'company' && a.scope.company.toLowerCase() === company) ??
    matches.find((a) => a.scope.kind === 'global')
  );
}

function hasValue(field: CollectedField): boolean {
  if (field.kind === 'select' || field.kind === 'combobox' || field.kind === 'radio-group') {
    if (!field.value) return false;
    const option = field.options.find((o) => o.value === field.value || o.label === field.value);
    return !option || !isPlaceholder(option);
  }
  return field.value.trim() !== '' && field.value !== 'false';
}

/** "howDidYouHear" → "how did you hear", for the report. */
function humanize(field: CanonicalField): string {
  return field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

export function describeIntent(intent: Intent): string {
  return intent.kind === 'text' ? intent.text : intent.kind === 'decline' ? 'decline to answer' : intent.kind === 'yes' ? 'Yes' : 'No';
}

const CHOICE = new Set<CollectedField['kind']>(['select', 'combobox', 'radio-group']);

/** Turns a source into a step for this control, or explains why it cannot. */
function step(field: CollectedField, source: NonNullable<Source>, fieldName: FillStep['field'], why: string): FillStep | string {
  const base = { ref: field.ref, label: field.label, field: fieldName, why };
  if ('upload' in source) return field.kind === 'file' ? { ...base, action: 'upload', value: 'resume.pdf' } : 'not a file input';
  if (CHOICE.has(field.kind)) {
    const intent: Intent = 'intent' in source ? source.intent : { kind: 'text', text: source.text };
    // A custom dropdown lists its options only when opened: the inserter chooses then.
    if (field.kind === 'combobox' && field.options.length === 0)
      return { ...base, action: 'choose', value: describeIntent(intent), intent };
    const option = chooseOption(field.options, intent);
    return option ? { ...base, action: 'choose', value: option.label, intent } : `no option clearly means "${describeIntent(intent)}"`;
  }
  if (field.kind === 'checkbox') {
    if ('intent' in source && (source.intent.kind === 'yes' || source.intent.kind === 'no')) {
      return { ...base, action: 'check', value: source.intent.kind === 'yes' ? 'true' : 'false' };
    }
    return 'a checkbox needs a yes or no';
  }
  if (field.kind === 'file') return 'no file to attach for this';
  if ('intent' in source) {
    if (source.intent.kind === 'text') return { ...base, action: 'type', value: source.intent.text };
    if (source.intent.kind === 'decline') return 'a free-text answer cannot decline';
    return { ...base, action: 'type', value: source.intent.kind === 'yes' ? 'Yes' : 'No' };
  }
  if (field.kind === 'number') {
    // A number field gets a number the profile states, never one read out of prose.
    const salary = fieldName === 'salaryExpectation' ? parseSalary(source.text) : null;
    const number = salary ? (salary.min ?? salary.max) : /^\d+(\.\d+)?$/.test(source.text) ? Number(source.text) : null;
    return number === null ? 'the profile has no number for this' : { ...base, action: 'type', value: String(number) };
  }
  return { ...base, action: 'type', value: source.text };
}

export function planFill(fields: CollectedField[], profile: ProfileDraft, options: PlanOptions = {}): FillPlan {
  const plan: FillPlan = { steps: [], skipped: [], needsYou: [] };
  const leave = (field: CollectedField, why: string) =>
    (field.required ? plan.needsYou : plan.skipped).push({ ref: field.ref, label: field.label, why });
  for (const field of fields) {
    if (hasValue(field) && !options.refill) {
      plan.skipped.push({ ref: field.ref, label: field.label, why: 'already filled; Refill replaces it', kept: true });
      continue;
    }
    const classification: Classification | null = classifyField(field);
    const memory = remembered(field, options);
    let source: Source = null;
    let name: FillStep['field'] = 'remembered';
    let why = '';
    if (classification && classification.confidence >= MIN_CONFIDENCE) {
      source = fromProfile(classification.field, profile, options, field.label);
      name = classification.field;
      why = classification.why;
    }
    if (!source && memory) {
      source = { text: memory.answer };
      name = 'remembered';
      why = `you answered "${memory.questionText}" before`;
    }
    if (!source) {
      leave(
        field,
        classification ? `your profile has no answer for "${humanize(classification.field)}"` : 'not a question Jobsmith recognises',
      );
      continue;
    }
    const result = step(field, source, name, why);
    if (typeof result === 'string') leave(field, result);
    else plan.steps.push(result);
  }
  return plan;
}
