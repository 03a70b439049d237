import { parseSalary } from '../job/parse-salary.ts';
import { countryChoice } from '../reference/countries.ts';
import type { Answer } from '../schemas/answer.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { normalizeQuestion } from './answers.ts';
import { chooseOption, type Intent, isPlaceholder } from './choose-option.ts';
import { asQuestion, type Classification, classifyField } from './classify-field.ts';
import type { CanonicalField, CollectedField } from './fields.ts';
import { CHOICE, fromEntry, fromProfile, type Source } from './from-profile.ts';

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
    return c?.field === 'phone' && !f.entry;
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
  if (classification?.field !== 'phoneCountryCode') return false;
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
    if (classification) {
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
