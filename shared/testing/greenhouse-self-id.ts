/**
 * The new Greenhouse board's voluntary self-identification answers, word for word as a real
 * board serves them (Sonatus, saved in ../shared/real-pages/forms/greenhouse-newstyle-sonatus-
 * staff-ai.html, from its answer_options): the autofill tests plan on them and the e2e Greenhouse
 * form renders them. Each list is followed on the form by "I prefer to self-describe" and
 * "I don't wish to answer".
 */
export const GREENHOUSE_SELF_ID = {
  gender: ['Man', 'Non-binary', 'Woman'],
  race: [
    'Black or of African descent',
    'East Asian',
    'Hispanic, Latinx or of Spanish Origin',
    'Indigenous, American Indian or Alaska Native',
    'Middle Eastern or North African',
    'Native Hawaiian or Pacific Islander',
    'South Asian',
    'Southeast Asian',
    'White or European',
  ],
  orientation: ['Asexual', 'Bisexual and/or pansexual', 'Gay', 'Heterosexual', 'Lesbian', 'Queer'],
  veteran: ['Yes, I am a veteran or active member', 'No, I am not a veteran or active member'],
} as const;

export const SELF_DESCRIBE = 'I prefer to self-describe';
export const GREENHOUSE_DECLINE = "I don't wish to answer";
