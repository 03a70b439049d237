import { parseSalary } from '../job/parse-salary.ts';
import { profileFacts } from '../match/profile-facts.ts';
import { countryChoice, countryName } from '../reference/countries.ts';
import { phoneParts } from '../reference/phone.ts';
import { readPlace } from '../reference/place.ts';
import type { Answer } from '../schemas/answer.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { normalizeQuestion } from './answers.ts';
import { chooseOption, type Intent, isPlaceholder } from './choose-option.ts';
import { asQuestion, type Classification, classifyField } from './classify-field.ts';
import type { CanonicalField, CollectedField } from './fields.ts';

/** One thing the inserter does: type text, pick an option, tick a box, or attach the resume. */
export interface FillStep {
  ref: string;
  /** `add` clicks a repeated section's "Add" button `value` times, for entries the profile has. */
  action: 'type' | 'choose' | 'check' | 'upload' | 'add';
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

/** Where a value comes from; `skip` leaves the field on purpose (the end date of a current job). */
type Source = { text: string } | { intent: Intent } | { upload: true } | { skip: string } | null;

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

interface Dated {
  start: string | null;
  end: string | null;
}
/** Current first (no end), then by end and start, newest first: the order forms number entries in. */
function newestFirst<T extends Dated>(list: T[]): T[] {
  const key = (e: Dated) => `${e.end ?? '9999'}|${e.start ?? ''}`;
  return [...list].sort((a, b) => key(b).localeCompare(key(a)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A profile date ("2019-03" or "2019") as this control asks for it: the month alone (Workday's
 * month box, a month list), the year alone, or "MM/YYYY". A date input needs a day, which the
 * profile does not have: left rather than invented.
 */
function datePart(value: string | null, field: CollectedField): Source | string {
  if (!value) return 'your profile has no date for this';
  const [year = '', month] = value.split('-');
  const asks = `${field.label} ${field.placeholder}`;
  const wantsMonth = /\b(month|mm|monat)\b/i.test(asks);
  const wantsYear = /\b(year|yyyy|yy|jahr)\b/i.test(asks);
  if (field.kind === 'date') return 'the profile has no day for this date';
  if (wantsMonth && !wantsYear) {
    if (!month) return 'your profile gives only the year';
    if (!CHOICE.has(field.kind)) return { text: month };
    const numbered = field.options.find((o) => /^\d{1,2}$/.test(o.label.trim()) && Number(o.label) === Number(month));
    return { text: numbered?.label ?? MONTHS[Number(month) - 1] ?? month };
  }
  if (wantsYear && !wantsMonth) return { text: year };
  if (!month) return wantsMonth ? 'your profile gives only the year' : { text: year };
  return { text: `${month}/${year}` };
}

/** A field of a work or education entry: the profile's entry with the same position. */
function fromEntry(field: CollectedField, name: CanonicalField, profile: ProfileDraft): Source | string {
  const text = (value: string | null | undefined): Source => (value?.trim() ? { text: value.trim() } : null);
  const index = field.entry?.index ?? 0;
  if (field.entry?.group === 'education') {
    const item = newestFirst(profile.education)[index];
    if (!item) return 'your profile has no education entry for this';
    switch (name) {
      case 'school':
        return text(item.school);
      case 'degree':
        return item.degree.trim() ? { intent: { kind: 'degree', text: item.degree.trim() } } : null;
      case 'fieldOfStudy':
        return text(item.field);
      case 'educationStart':
        return datePart(item.start, field);
      case 'educationEnd':
        return datePart(item.end, field);
      default:
        return null;
    }
  }
  const item = newestFirst(profile.experience)[index];
  if (!item) return 'your profile has no work entry for this';
  switch (name) {
    case 'jobTitle':
      return text(item.title);
    case 'employer':
      return text(item.employer);
    case 'workLocation':
      return text(item.location);
    case 'currentlyWorkHere':
      return boolIntent(item.end === null);
    case 'workStart':
      return datePart(item.start, field);
    case 'workEnd':
      return item.end === null ? { skip: 'you work here now ("I currently work here")' } : datePart(item.end, field);
    case 'workDescription':
      return item.bullets.length > 0 ? { text: item.bullets.map((b) => `• ${b}`).join('\n') } : null;
    default:
      return null;
  }
}

/** The profile's phone as forms split it, read in the country of its location when it has no calling code. */
function phoneOf(profile: ProfileDraft) {
  return profile.phone.trim() ? phoneParts(profile.phone, placeOf(profile).country) : null;
}

/** What the planner knows of the form around a field. */
interface FormFacts {
  /** The form asks the phone's dialling code in a field of its own, and the fill sets it. */
  codeApart: boolean;
  /** The form's main phone box, when this is a second one (home, work, fax) beside it. */
  mainPhone?: string | undefined;
}

/** Where the profile's location is, the country settled by its work authorization and phone where the place alone cannot. */
function placeOf(profile: ProfileDraft) {
  const workCountries = profile.workAuthorization.filter((w) => w.authorized).map((w) => w.country);
  return readPlace(profile.location, { workCountries, phone: profile.phone });
}

/**
 * What the profile says for a canonical field; null when it says nothing, or why it cannot
 * answer (never guessed).
 */
function fromProfile(
  field: CanonicalField,
  control: CollectedField,
  profile: ProfileDraft,
  options: PlanOptions,
  form: FormFacts,
): Source | string {
  const question = asQuestion(control).label;
  const choice = CHOICE.has(control.kind);
  const listed = control.options.filter((o) => !isPlaceholder(o));
  const text = (value: string | null | undefined): Source => (value?.trim() ? { text: value.trim() } : null);
  const latest = newestFirst(profile.experience)[0];
  // A voluntary answer the profile leaves empty is no answer; "decline" declines.
  const eeo = (value: string): Source =>
    value === 'decline' ? { intent: { kind: 'decline' } } : value.trim() ? { intent: { kind: 'text', text: value.trim() } } : null;
  switch (field) {
    case 'firstName':
      return text(profile.name.first);
    case 'lastName':
      return text(profile.name.last);
    case 'fullName':
      return text(`${profile.name.first} ${profile.name.last}`);
    case 'preferredName':
      // The first name stands in only where the form insists on an answer (Greenhouse's required
      // "Preferred First Name"); an optional "preferred name, if different" stays empty.
      if (profile.name.preferred?.trim()) return text(profile.name.preferred);
      return control.required ? text(profile.name.first) : 'your profile holds no preferred name';
    case 'email':
      return text(profile.email);
    case 'phone': {
      if (form.mainPhone) return `your phone number goes in "${form.mainPhone}"`;
      // Beside a dialling-code picker the box takes the number within the country.
      const parts = form.codeApart ? phoneOf(profile) : null;
      return text(parts?.national ?? profile.phone);
    }
    case 'phoneType': {
      // The profile's number is the one to call: a mobile, unless the list has no such kind.
      if (!choice) return null;
      const mobile = listed.find((o) => /mobile|cell/i.test(o.label));
      if (mobile) return { text: mobile.label };
      return listed.length === 0 ? { text: 'Mobile' } : 'none of its kinds is a mobile phone';
    }
    case 'phoneCountryCode': {
      const parts = phoneOf(profile);
      if (!parts) return null;
      const name = parts.country ? countryName(parts.country) : null;
      const country = name ? countryChoice(name) : null;
      if (!country)
        return `your phone number's calling code ${parts.callingCode} is shared by several countries: add the country to your location`;
      // A list picks the country ("United States (+1)", or "+1" alone); a text box takes the code.
      return choice
        ? { intent: { kind: 'text', text: name ?? '', country: { ...country, dial: parts.callingCode } } }
        : { text: parts.callingCode };
    }
    case 'currentLocation':
      return text(profile.location);
    case 'city':
      return text(placeOf(profile).city);
    case 'state': {
      // Only a US state or Canadian province of the country the location is in: "Berlin, DE" has none.
      const place = placeOf(profile);
      return place.region ? { text: place.region } : place.country ? null : place.why;
    }
    case 'country': {
      // A country, never the state code beside the city ("San Francisco, CA" is not Canada).
      const place = placeOf(profile);
      const name = place.country ? countryName(place.country) : null;
      return name ? { text: name } : place.why;
    }
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
    case 'hispanicLatino': {
      const answer = profile.eeo.hispanicLatino.trim();
      if (answer === 'decline') return { intent: { kind: 'decline' } };
      return /^yes\b/i.test(answer) ? boolIntent(true) : /^no\b/i.test(answer) ? boolIntent(false) : null;
    }
    case 'veteran':
      return eeo(profile.eeo.veteran);
    case 'disability':
      return eeo(profile.eeo.disability);
    case 'school':
      return text(newestFirst(profile.education)[0]?.school);
    case 'degree': {
      const degree = newestFirst(profile.education)[0]?.degree.trim();
      return degree ? { intent: { kind: 'degree', text: degree } } : null;
    }
    case 'fieldOfStudy':
      return text(newestFirst(profile.education)[0]?.field);
    default:
      // coverLetter, howDidYouHear, previouslyEmployed, address, postalCode:
      // the profile does not hold these; remembered answers may.
      return null;
  }
}

function remembered(field: CollectedField, options: PlanOptions): Answer | undefined {
  const question = normalizeQuestion(asQuestion(field).label);
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
  if (intent.kind === 'text' || intent.kind === 'degree') return intent.text;
  return intent.kind === 'decline' ? 'decline to answer' : intent.kind === 'yes' ? 'Yes' : 'No';
}

const CHOICE = new Set<CollectedField['kind']>(['select', 'combobox', 'radio-group']);

/**
 * The label a report shows: the question ("Resume/CV", not the "Attach" button inside it), and
 * for an entry's fields which entry ("Work Experience 2 › Company").
 */
function displayLabel(collected: CollectedField): string {
  const field = asQuestion(collected);
  return field.entry && field.section ? `${field.section} › ${field.label}` : field.label;
}

/** "Add" under Work Experience: as many clicks as the profile has entries beyond those shown. */
function addEntries(field: CollectedField, profile: ProfileDraft): FillStep | null {
  const group = field.entry?.group ?? 'work';
  const wanted = (group === 'work' ? profile.experience : profile.education).length;
  const missing = Math.min(wanted - (field.entry?.index ?? 0), 10);
  if (missing <= 0) return null;
  const entries = group === 'work' ? 'work entries' : 'education entries';
  return {
    ref: field.ref,
    label: displayLabel({ ...field, label: field.label || 'Add' }),
    action: 'add',
    value: String(missing),
    field: 'entries',
    why: `your profile has ${wanted} ${entries}`,
  };
}

/** A text answer that names a country carries the country's other wordings, for lists that use them. */
function withCountry(intent: Intent): Intent {
  if (intent.kind !== 'text' || intent.country) return intent;
  const country = countryChoice(intent.text);
  return country ? { ...intent, country } : intent;
}

/** Turns a source into a step for this control, or explains why it cannot. */
function step(field: CollectedField, source: NonNullable<Source>, fieldName: FillStep['field'], why: string): FillStep | string {
  const base = { ref: field.ref, label: displayLabel(field), field: fieldName, why };
  if ('skip' in source) return source.skip;
  if ('upload' in source) return field.kind === 'file' ? { ...base, action: 'upload', value: 'resume.pdf' } : 'not a file input';
  if (CHOICE.has(field.kind)) {
    const intent = withCountry('intent' in source ? source.intent : { kind: 'text', text: source.text });
    // A custom dropdown lists its options only when opened, and a list that depends on another
    // (Taleo's states after its country) once that one is set: the inserter chooses then.
    if ((field.kind === 'combobox' || field.kind === 'select') && field.options.every(isPlaceholder))
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
    if (source.intent.kind === 'text' || source.intent.kind === 'degree') return { ...base, action: 'type', value: source.intent.text };
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

/**
 * "Are you allowed to work in the US?" answered by "Yes, I can work … without sponsorship": a yes
 * that is wrong for a person who is authorized but needs sponsorship. Left for them.
 */
function sponsorshipConflict(field: CollectedField, name: CanonicalField, source: Source, profile: ProfileDraft) {
  return (
    name === 'workAuthorization' &&
    source !== null &&
    'intent' in source &&
    source.intent.kind === 'yes' &&
    field.options.some((o) => /sponsor/i.test(o.label)) &&
    profile.workAuthorization.some((w) => w.needsSponsorship)
  );
}

const OTHER_PHONE = /\b(home|work|office|business|fax|landline|alternat(e|ive)|other|secondary|day(time)?|evening)\b/i;

/**
 * A form with several phone boxes (Taleo: Home Phone, Cellular Number, Work Phone) gets the
 * profile's number once, in the box that is not named for home, work or fax: for each of those
 * others, the label of that main box.
 */
function mainPhonesOf(fields: CollectedField[], classified: Map<CollectedField, Classification | null>): Map<CollectedField, string> {
  const phones = fields.filter((f) => {
    const c = classified.get(f);
    return c?.field === 'phone' && c.confidence >= MIN_CONFIDENCE && !f.entry;
  });
  const main = phones.find((f) => !OTHER_PHONE.test(asQuestion(f).label));
  const others = new Map<CollectedField, string>();
  if (!main) return others;
  for (const f of phones) if (f !== main && OTHER_PHONE.test(asQuestion(f).label)) others.set(f, displayLabel(main));
  return others;
}

/**
 * Whether this field is a dialling-code picker the fill will set to the phone's country: only
 * then does the number box beside it take the number without its code. A code the page chose
 * already (SmartRecruiters preselects one) is kept, and so is the whole number.
 */
function codeSet(field: CollectedField, classification: Classification | null, profile: ProfileDraft, options: PlanOptions): boolean {
  if (classification?.field !== 'phoneCountryCode' || classification.confidence < MIN_CONFIDENCE) return false;
  const source = fromProfile('phoneCountryCode', field, profile, options, { codeApart: false });
  if (typeof source === 'string' || source === null || !('intent' in source || 'text' in source)) return false;
  const wanted = 'intent' in source ? source.intent : { kind: 'text' as const, text: source.text };
  // Kept as the page set it: apart only when it already shows the phone's country (Workday presets the code).
  if (hasValue(field) && !options.refill) return !!chooseOption([{ label: field.value, value: field.value }], wanted);
  // A list read only once opened may turn out not to hold the country.
  if (CHOICE.has(field.kind) && field.options.length === 0) return false;
  return typeof step(field, source, 'phoneCountryCode', '') !== 'string';
}

export function planFill(fields: CollectedField[], profile: ProfileDraft, options: PlanOptions = {}): FillPlan {
  const plan: FillPlan = { steps: [], skipped: [], needsYou: [] };
  const leave = (field: CollectedField, why: string) =>
    (field.required ? plan.needsYou : plan.skipped).push({ ref: field.ref, label: displayLabel(field), why });
  const classified = new Map(fields.map((f) => [f, f.kind === 'add-entry' ? null : classifyField(f)]));
  const codeApart = fields.some((f) => codeSet(f, classified.get(f) ?? null, profile, options));
  const mainPhones = mainPhonesOf(fields, classified);
  for (const field of fields) {
    if (field.kind === 'add-entry') {
      const add = addEntries(field, profile);
      if (add) plan.steps.push(add);
      continue;
    }
    if (hasValue(field) && !options.refill) {
      plan.skipped.push({ ref: field.ref, label: displayLabel(field), why: 'already filled; Refill replaces it', kept: true });
      continue;
    }
    const classification: Classification | null = classified.get(field) ?? null;
    const memory = remembered(field, options);
    let source: Source = null;
    let name: FillStep['field'] = 'remembered';
    let why = '';
    // Why the profile cannot answer a question it knows ("“San Francisco, CA” could be in …").
    let cannot = '';
    if (classification && classification.confidence >= MIN_CONFIDENCE) {
      const found = field.entry
        ? fromEntry(field, classification.field, profile)
        : fromProfile(classification.field, field, profile, options, { codeApart, mainPhone: mainPhones.get(field) });
      if (typeof found === 'string' && field.entry) {
        // An entry's field is that entry's: an answer remembered from another form's entry is not it.
        leave(field, found);
        continue;
      }
      if (typeof found === 'string') cannot = found;
      else if (sponsorshipConflict(field, classification.field, found, profile)) {
        cannot = 'its answers also speak of sponsorship, which you need';
      } else {
        source = found;
        name = classification.field;
        why = classification.why;
      }
    }
    if (source && 'skip' in source) {
      plan.skipped.push({ ref: field.ref, label: displayLabel(field), why: source.skip });
      continue;
    }
    if (!source && memory) {
      source = { text: memory.answer };
      name = 'remembered';
      why = `you answered "${memory.questionText}" before`;
    }
    if (!source) {
      leave(
        field,
        cannot ||
          (classification ? `your profile has no answer for "${humanize(classification.field)}"` : 'not a question Jobsmith recognises'),
      );
      continue;
    }
    const result = step(field, source, name, why);
    if (typeof result === 'string') leave(field, result);
    else plan.steps.push(result);
  }
  return plan;
}
