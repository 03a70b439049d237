import { profileFacts } from '../match/profile-facts.ts';
import { countryChoice, countryName } from '../reference/countries.ts';
import { countryNamedIn } from '../reference/country-mentions.ts';
import { phoneParts } from '../reference/phone.ts';
import { readPlace } from '../reference/place.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { type Intent, isPlaceholder } from './choose-option.ts';
import { asQuestion } from './classify-field.ts';
import type { CanonicalField, CollectedField } from './fields.ts';
import type { PlanOptions } from './plan-fill.ts';

// Where each answer the planner gives comes from: the profile's field for a canonical field, and
// an entry's field for a field inside a work or education entry.

/** Lists to pick from: a value is matched to one of their options. */
export const CHOICE = new Set<CollectedField['kind']>(['select', 'combobox', 'radio-group']);

/** Where a value comes from; `skip` leaves the field on purpose (the end date of a current job). */
export type Source = { text: string } | { intent: Intent } | { upload: true } | { skip: string } | null;

export const boolIntent = (value: boolean | null): Source => (value === null ? null : { intent: { kind: value ? 'yes' : 'no' } });

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
export function fromEntry(field: CollectedField, name: CanonicalField, profile: ProfileDraft): Source | string {
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
export interface FormFacts {
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

/** What every profile answer may look at: the control, the form around it, and the profile. */
interface FieldContext {
  control: CollectedField;
  profile: ProfileDraft;
  options: PlanOptions;
  form: FormFacts;
  /** The control's question, as its label reads. */
  question: string;
  /** The control is a list to pick from, and the options it lists (placeholders left out). */
  choice: boolean;
  listed: CollectedField['options'];
  /** The profile's value as a source, or null when it is empty. */
  text: (value: string | null | undefined) => Source;
  /** The current role, or the last one. */
  latest: ProfileDraft['experience'][number] | undefined;
  /** A voluntary (EEO) answer: empty is no answer, "decline" declines. */
  eeo: (value: string) => Source;
}

/** Fields the profile holds no value for: a remembered answer may (planFill looks for one). */
const NOT_IN_PROFILE = () => null;
/** Fields asked inside a work or education entry: `fromEntry` answers them, from that entry. */
const IN_AN_ENTRY = () => null;

/**
 * What the profile says for each canonical field; null when it says nothing, or why it cannot
 * answer (never guessed). A Record, so a field added to CANONICAL_FIELDS does not compile until
 * it says where its answer comes from.
 */
const FROM_PROFILE: Record<CanonicalField, (c: FieldContext) => Source | string> = {
  firstName: (c) => c.text(c.profile.name.first),
  lastName: (c) => c.text(c.profile.name.last),
  fullName: (c) => c.text(`${c.profile.name.first} ${c.profile.name.last}`),
  preferredName: (c) => {
    // The first name stands in only where the form insists on an answer (Greenhouse's required
    // "Preferred First Name"); an optional "preferred name, if different" stays empty.
    if (c.profile.name.preferred?.trim()) return c.text(c.profile.name.preferred);
    return c.control.required ? c.text(c.profile.name.first) : 'your profile holds no preferred name';
  },
  email: (c) => c.text(c.profile.email),
  phone: (c) => {
    if (c.form.mainPhone) return `your phone number goes in "${c.form.mainPhone}"`;
    // Beside a dialling-code picker the box takes the number within the country.
    const parts = c.form.codeApart ? phoneOf(c.profile) : null;
    return c.text(parts?.national ?? c.profile.phone);
  },
  phoneType: (c) => {
    // The profile's number is the one to call: a mobile, unless the list has no such kind.
    if (!c.choice) return null;
    const mobile = c.listed.find((o) => /mobile|cell/i.test(o.label));
    if (mobile) return { text: mobile.label };
    return c.listed.length === 0 ? { text: 'Mobile' } : 'none of its kinds is a mobile phone';
  },
  phoneCountryCode: (c) => {
    const parts = phoneOf(c.profile);
    if (!parts) return null;
    const name = parts.country ? countryName(parts.country) : null;
    const country = name ? countryChoice(name) : null;
    if (!country)
      return `your phone number's calling code ${parts.callingCode} is shared by several countries: add the country to your location`;
    // A list picks the country ("United States (+1)", or "+1" alone); a text box takes the code.
    return c.choice
      ? { intent: { kind: 'text', text: name ?? '', country: { ...country, dial: parts.callingCode } } }
      : { text: parts.callingCode };
  },
  currentLocation: (c) => c.text(c.profile.location),
  city: (c) => c.text(placeOf(c.profile).city),
  state: (c) => {
    // Only a US state or Canadian province of the country the location is in: "Berlin, DE" has none.
    const place = placeOf(c.profile);
    return place.region ? { text: place.region } : place.country ? null : place.why;
  },
  country: (c) => {
    // A country, never the state code beside the city ("San Francisco, CA" is not Canada).
    const place = placeOf(c.profile);
    const name = place.country ? countryName(place.country) : null;
    return name ? { text: name } : place.why;
  },
  linkedin: (c) => c.text(c.profile.links.linkedin),
  github: (c) => c.text(c.profile.links.github),
  portfolio: (c) => c.text(c.profile.links.portfolio),
  currentCompany: (c) => (c.latest && c.latest.end === null ? c.text(c.latest.employer) : null),
  currentTitle: (c) => (c.latest && c.latest.end === null ? c.text(c.latest.title) : null),
  yearsExperience: (c) => {
    // A number only when the profile's dated roles give one; never an estimate.
    if (!c.profile.experience.some((e) => e.start)) return null;
    return { text: String(Math.floor(profileFacts(c.profile, c.options.now ?? new Date()).yearsTotal)) };
  },
  salaryExpectation: (c) => c.text(c.profile.salaryExpectation),
  noticePeriod: (c) => c.text(c.profile.noticePeriod),
  startDate: (c) => c.text(c.profile.earliestStart),
  resume: (c) => (c.options.hasResume ? { upload: true } : null),
  sponsorship: (c) =>
    c.profile.workAuthorization.length === 0 ? null : boolIntent(c.profile.workAuthorization.some((w) => w.needsSponsorship)),
  workAuthorization: (c) => {
    // Authorized where? The question names the country; without one, only a single entry answers.
    const country = countryNamedIn(c.question);
    const entry = country
      ? c.profile.workAuthorization.find((w) => w.country.toUpperCase() === country)
      : c.profile.workAuthorization.length === 1
        ? c.profile.workAuthorization[0]
        : undefined;
    return entry ? boolIntent(entry.authorized) : null;
  },
  relocation: (c) => boolIntent(c.profile.willingToRelocate),
  gender: (c) => c.eeo(c.profile.eeo.gender),
  race: (c) => c.eeo(c.profile.eeo.race),
  hispanicLatino: (c) => {
    const answer = c.profile.eeo.hispanicLatino.trim();
    if (answer === 'decline') return { intent: { kind: 'decline' } };
    return /^yes\b/i.test(answer) ? boolIntent(true) : /^no\b/i.test(answer) ? boolIntent(false) : null;
  },
  veteran: (c) => c.eeo(c.profile.eeo.veteran),
  disability: (c) => c.eeo(c.profile.eeo.disability),
  school: (c) => c.text(newestFirst(c.profile.education)[0]?.school),
  degree: (c) => {
    const degree = newestFirst(c.profile.education)[0]?.degree.trim();
    return degree ? { intent: { kind: 'degree', text: degree } } : null;
  },
  fieldOfStudy: (c) => c.text(newestFirst(c.profile.education)[0]?.field),
  address: NOT_IN_PROFILE,
  postalCode: NOT_IN_PROFILE,
  coverLetter: NOT_IN_PROFILE,
  howDidYouHear: NOT_IN_PROFILE,
  previouslyEmployed: NOT_IN_PROFILE,
  jobTitle: IN_AN_ENTRY,
  employer: IN_AN_ENTRY,
  workLocation: IN_AN_ENTRY,
  currentlyWorkHere: IN_AN_ENTRY,
  workStart: IN_AN_ENTRY,
  workEnd: IN_AN_ENTRY,
  workDescription: IN_AN_ENTRY,
  educationStart: IN_AN_ENTRY,
  educationEnd: IN_AN_ENTRY,
  entries: IN_AN_ENTRY,
};

export function fromProfile(
  field: CanonicalField,
  control: CollectedField,
  profile: ProfileDraft,
  options: PlanOptions,
  form: FormFacts,
): Source | string {
  return FROM_PROFILE[field]({
    control,
    profile,
    options,
    form,
    question: asQuestion(control).label,
    choice: CHOICE.has(control.kind),
    listed: control.options.filter((o) => !isPlaceholder(o)),
    text: (value) => (value?.trim() ? { text: value.trim() } : null),
    latest: newestFirst(profile.experience)[0],
    eeo: (value) =>
      value === 'decline' ? { intent: { kind: 'decline' } } : value.trim() ? { intent: { kind: 'text', text: value.trim() } } : null,
  });
}
