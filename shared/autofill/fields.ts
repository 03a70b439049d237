/**
 * A form control as the collector (extension/dom) describes it: plain data, no DOM, so
 * classification and planning are pure and testable.
 */
export type ControlKind =
  | 'text'
  | 'email'
  | 'tel'
  | 'url'
  | 'number'
  | 'textarea'
  | 'select'
  /** Radios of one question, or checkboxes that answer one question together (extension/dom/choice-groups.ts checkboxGroupOf). */
  | 'radio-group'
  | 'checkbox'
  | 'combobox'
  | 'file'
  | 'date'
  /** A button that adds one more entry to a repeated section (Workday's "Add" under Work Experience). */
  | 'add-entry';

/** Work history and education are repeated groups of fields; `index` counts from 0, newest first. */
export type EntryGroup = 'work' | 'education';
export interface EntryRef {
  group: EntryGroup;
  /** The entry a field belongs to; for an add-entry button, how many entries exist already. */
  index: number;
}

export interface FieldOption {
  label: string;
  value: string;
}

export interface CollectedField {
  /** The collector's handle for the control (an index it can map back to the element). */
  ref: string;
  kind: ControlKind;
  /** The question as the user reads it: label, aria-label, legend or nearby text. */
  label: string;
  name: string;
  htmlId: string;
  autocomplete: string;
  placeholder: string;
  required: boolean;
  /** What the control holds now (the user's own input is never overwritten). */
  value: string;
  options: FieldOption[];
  /** Site hints: Workday `data-automation-id`, Greenhouse question ids, Lever card names. */
  automationId: string;
  /** The fieldset legend or section heading the control sits under. */
  section: string;
  /** Set when the control belongs to a work or education entry (or adds one). */
  entry?: EntryRef;
  /** The question of the group the control sits in ("Resume/CV" around an "Attach" input), when it differs from `label`. */
  group?: string;
}

/** The canonical fields Jobsmith knows how to answer. */
export const CANONICAL_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'preferredName',
  'email',
  'phone',
  'phoneCountryCode',
  /** Which kind of phone the number is, or which to call first (Workday's "Phone Device Type", Taleo's "Preferred Phone Number"). */
  'phoneType',
  'address',
  'city',
  'state',
  'postalCode',
  'country',
  'currentLocation',
  'linkedin',
  'github',
  'portfolio',
  'currentCompany',
  'currentTitle',
  'yearsExperience',
  'resume',
  'coverLetter',
  'workAuthorization',
  'sponsorship',
  'relocation',
  'startDate',
  'noticePeriod',
  'salaryExpectation',
  'howDidYouHear',
  'previouslyEmployed',
  'gender',
  'race',
  'hispanicLatino',
  'veteran',
  'disability',
  'school',
  'degree',
  'fieldOfStudy',
  // Inside a work-history entry.
  'jobTitle',
  'employer',
  'workLocation',
  'currentlyWorkHere',
  'workStart',
  'workEnd',
  'workDescription',
  // Inside an education entry (school, degree and fieldOfStudy above also apply).
  'educationStart',
  'educationEnd',
  // An "Add" button of a repeated section.
  'entries',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];
