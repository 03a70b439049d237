import { SITE_FIELD_RULES } from '../sites/registry.ts';
import type { CanonicalField, CollectedField } from './fields.ts';
import { isGenericLabel } from './generic-label.ts';
import { ac, all, bareLabel, kind, labelIs, named, type Rule, says, type Test } from './rule-tests.ts';

export interface Classification {
  field: CanonicalField;
  /** The rule's reason, shown in the fill report. */
  why: string;
}

/**
 * Ordered: the first rule that matches decides. Machine-readable hints (autocomplete, site
 * ids, field names) come before label wording, and specific wordings before general ones.
 */
const RULES: Rule[] = [
  // Browser autofill tokens are the page author's own statement of what a field is.
  { field: 'firstName', why: 'autocomplete=given-name', test: ac('given-name') },
  { field: 'lastName', why: 'autocomplete=family-name', test: ac('family-name') },
  { field: 'email', why: 'autocomplete=email', test: ac('email') },
  { field: 'phone', why: 'autocomplete=tel', test: ac('tel', 'tel-national') },
  { field: 'city', why: 'autocomplete=address-level2', test: ac('address-level2') },
  { field: 'postalCode', why: 'autocomplete=postal-code', test: ac('postal-code') },
  { field: 'country', why: 'autocomplete=country', test: ac('country', 'country-name') },
  // Each site's own machine-readable hints (Workday's data-automation-id, Lever's urls[...]).
  ...SITE_FIELD_RULES,
  // Field names most ATSs use (Greenhouse, Lever, Teamtailor's candidate[...], in-house forms).
  { field: 'firstName', why: 'field name first_name', test: named(/first[_-]?name/i) },
  { field: 'lastName', why: 'field name last_name', test: named(/last[_-]?name/i) },
  { field: 'email', why: 'field name email', test: named(/(^|\[|_)email(\]|$)/i) },
  { field: 'phone', why: 'field name phone', test: named(/(^|\[|_)phone(\]|$)/i) },
  { field: 'resume', why: 'a file input for the resume', test: all(kind('file'), says(/resume|cv|lebenslauf/i)) },
  { field: 'coverLetter', why: 'a cover letter field', test: says(/cover letter|anschreiben/i) },
  // EEO and compliance questions: wording is specific enough to trust.
  { field: 'hispanicLatino', why: 'asks Hispanic/Latino', test: says(/hispanic|latino|latinx/i) },
  { field: 'race', why: 'asks race or ethnicity', test: says(/\brace\b|ethnicity|ethnic background/i) },
  { field: 'gender', why: 'asks gender', test: says(/\bgender\b|\bsex\b/i) },
  { field: 'veteran', why: 'asks veteran status', test: says(/veteran/i) },
  { field: 'disability', why: 'asks disability status', test: says(/disabilit/i) },
  {
    // Workday's disability form asks "Please check one of the boxes below": its options say what it is.
    field: 'disability',

    why: 'its answers are about disability',
    test: (f) => f.kind === 'radio-group' && f.options.some((o) => /disabilit/i.test(o.label)),
  },
  { field: 'sponsorship', why: 'asks about visa sponsorship', test: says(/sponsor/i) },
  {
    field: 'workAuthorization',

    why: 'asks about work authorization',
    test: says(/authori[sz]ed to work|legally (allowed|eligible|permitted) to work|right to work|work permit/i),
  },
  { field: 'relocation', why: 'asks about relocating', test: says(/relocat/i) },
  {
    field: 'previouslyEmployed',

    why: 'asks about past employment here',
    test: says(/(previously|ever|currently) (been )?(employed|worked)|former employee/i),
  },
  {
    field: 'howDidYouHear',

    why: 'asks how you heard of the job',
    test: says(/how did you (hear|find|learn)|where did you (hear|find)|source of (application|referral)/i),
  },
  {
    field: 'salaryExpectation',

    why: 'asks salary expectations',
    test: says(/salary|compensation expectation|desired pay|expected (pay|compensation)|gehaltsvorstellung/i),
  },
  { field: 'noticePeriod', why: 'asks notice period', test: says(/notice period|kündigungsfrist/i) },
  {
    field: 'startDate',

    why: 'asks when you can start',
    test: says(/start date|when can you start|available to start|earliest (start|availability)/i),
  },
  {
    field: 'yearsExperience',

    why: 'asks years of experience',
    // Total years only: "years of experience with SQL" asks about one skill, which is not this number.
    test: (_f, text) =>
      /years of (professional |relevant |work )?experience/i.test(text) && !/experience (do you have )?(with|in|using|of) \S/i.test(text),
  },
  // Contact fields by label.
  { field: 'preferredName', why: 'asks preferred name', test: says(/preferred (first )?name|nickname/i) },
  { field: 'firstName', why: 'label says first name', test: says(/first name|given name|vorname|prénom/i) },
  { field: 'lastName', why: 'label says last name', test: says(/last name|family name|surname|nachname/i) },
  { field: 'fullName', why: 'label says full name', test: says(/^(full |your )?name\b|full name/i) },
  { field: 'email', why: 'label says email', test: says(/e-?mail/i) },
  {
    field: 'phoneCountryCode',

    why: 'label says country code',
    test: says(/^(phone )?(country|dial(ing)?) (phone )?code\b/i),
  },
  {
    field: 'phoneType',

    why: 'asks which kind of phone',
    test: says(/phone (device )?type|type of phone|preferred phone|^device type/i),
  },
  { field: 'phone', why: 'label says phone', test: says(/phone|mobile|\bcell(ular)?\b|telefon/i) },
  { field: 'linkedin', why: 'label says LinkedIn', test: says(/linkedin/i) },
  { field: 'github', why: 'label says GitHub', test: says(/github/i) },
  { field: 'portfolio', why: 'label says portfolio or website', test: says(/portfolio|personal (web)?site|website/i) },
  { field: 'currentCompany', why: 'asks current company', test: says(/current (company|employer)|present employer/i) },
  { field: 'currentTitle', why: 'asks current title', test: says(/current (job )?(title|position|role)/i) },
  {
    field: 'currentLocation',

    why: 'asks where you live',
    test: (f, text) => /current location|where are you (located|based)|location \(city\)/i.test(text) || labelIs(/^location$/i)(f, text),
  },
  { field: 'address', why: 'label says address', test: says(/address( line)?( 1)?$|street/i) },
  { field: 'city', why: 'label says city', test: says(/^city\b|town/i) },
  // Before the state: "Country/Region" asks for a country, and a state code there is wrong.
  // Where one lives only: citizenship or a passport's country is not the profile's location.
  {
    field: 'country',

    why: 'label says country',
    test: (_f, text) => /^country\b/i.test(text) && !/citizen|nationalit|birth|passport|issu/i.test(text),
  },
  { field: 'state', why: 'label says state', test: says(/^(state|region)\b|province|\bstate$/i) },
  { field: 'postalCode', why: 'label says postal code', test: says(/zip|postal|postcode/i) },
  { field: 'school', why: 'asks school', test: says(/school|university|college/i) },
  { field: 'degree', why: 'asks degree', test: says(/^degree\b/i) },
  { field: 'fieldOfStudy', why: 'asks field of study', test: says(/field of study|discipline|major/i) },
  // Last: the input type alone, for fields labelled only by an example ("you@example.com").
  { field: 'email', why: 'an email input', test: kind('email') },
  { field: 'phone', why: 'a telephone input', test: kind('tel') },
];

const inEntry =
  (group: 'work' | 'education'): Test =>
  (f) =>
    f.entry?.group === group && f.kind !== 'add-entry';

/**
 * Inside a work or education entry, "Company" or "From" mean that entry's employer or start
 * date, not the applicant's current ones: these rules come first for such fields.
 */
const ENTRY_RULES: Rule[] = [
  { field: 'entries', why: 'adds an entry to a repeated section', test: kind('add-entry') },
  {
    field: 'currentlyWorkHere',

    why: 'the entry asks if this is your current job',
    test: all(inEntry('work'), kind('checkbox'), says(/current(ly)? work|currently (employed|here)|present|still work/i)),
  },
  { field: 'jobTitle', why: "the entry's job title", test: all(inEntry('work'), says(/title|position|role$/i)) },
  {
    field: 'employer',

    why: "the entry's employer",
    test: all(inEntry('work'), says(/company|employer|organi[sz]ation/i)),
  },
  { field: 'workStart', why: "the entry's start date", test: all(inEntry('work'), says(/^(from|start)/i)) },
  { field: 'workEnd', why: "the entry's end date", test: all(inEntry('work'), says(/^(to|end)\b/i)) },
  { field: 'workLocation', why: "the entry's location", test: all(inEntry('work'), says(/location|city/i)) },
  {
    field: 'workDescription',

    why: "the entry's description, from your bullets",
    test: all(inEntry('work'), says(/description|responsibilit|summary|achievements/i)),
  },
  {
    field: 'school',

    why: "the entry's school",
    test: all(inEntry('education'), says(/school|universit|college|institution/i)),
  },
  { field: 'degree', why: "the entry's degree", test: all(inEntry('education'), says(/degree|qualification/i)) },
  {
    field: 'fieldOfStudy',

    why: "the entry's field of study",
    test: all(inEntry('education'), says(/field of study|major|discipline|subject/i)),
  },
  { field: 'educationStart', why: "the entry's start year", test: all(inEntry('education'), says(/^(from|start)/i)) },
  {
    field: 'educationEnd',

    why: "the entry's end or graduation year",
    test: all(inEntry('education'), says(/^(to|end)\b|graduat/i)),
  },
];

/** The field as its question reads: a control with a generic label takes its group's label. */
export function asQuestion(field: CollectedField): CollectedField {
  const group = field.group?.trim();
  return group && (isGenericLabel(field.label) || !field.label.trim()) ? { ...field, label: group } : field;
}

/** The text a field is recognized by: its label, then placeholder and section. */
function describe(field: CollectedField): string {
  // The required marker is not part of the question ("Location*" asks "Location").
  return [bareLabel(field), field.placeholder].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

export function classifyField(collected: CollectedField): Classification | null {
  const field = asQuestion(collected);
  const text = describe(field);
  const rule = (field.entry ? ENTRY_RULES : []).find((r) => r.test(field, text)) ?? RULES.find((r) => r.test(field, text));
  return rule ? { field: rule.field, why: rule.why } : null;
}
