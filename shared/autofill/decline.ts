/**
 * The one table of ways an option declines to answer, shared by option choice and by the
 * collector (which treats a checkbox group with a declining box as one question). Wordings seen
 * on real forms:
 * - Greenhouse classic: "Decline To Self Identify"; new style: "I don't wish to answer"
 *   (next to "I prefer to self-describe", which is an answer, not a decline)
 * - Lever: "Decline to self-identify"
 * - Workday and the US federal forms (CC-305, VEVRAA): "I do not want to answer",
 *   "I don't wish to answer", "I do not wish to self-identify", "Not Declared", "Not Specified"
 * - SuccessFactors, Ashby, in-house forms: "Prefer not to say", "I choose not to disclose",
 *   "I'd rather not say", "Decline to state", "Keine Angabe"
 * Each wording is anchored on what is declined ("to answer", "to disclose"), so "I do not want
 * to relocate" or "No, I do not have a disability" never read as a decline.
 */
export const DECLINE = new RegExp(
  [
    String.raw`\bdecline(d|s)?\b`,
    String.raw`\bdo(n['’]?t| not) (wish|want|care) to (answer|respond|disclose|say|specify|state|share|provide|identify|self[- ]?identify)`,
    String.raw`\b(prefer|choose|chose|elect|wish) not to\b`,
    String.raw`\b(i['’]?d )?rather not\b`,
    String.raw`\bnot (to )?(answer|disclose|self[- ]?identify)`,
    String.raw`\b(un|not )(disclosed|declared|specified)\b`,
    String.raw`\bno (answer|response)( given| provided)?$`,
    String.raw`\bkeine angabe`,
    String.raw`\bne (souhaite|veux) pas (r[ée]pondre|le (pr[ée]ciser|dire))`,
  ].join('|'),
  'i',
);

/** True when the option's text declines to answer ("Decline to self-identify", "Prefer not to say"). */
export function isDecline(label: string): boolean {
  return DECLINE.test(label.replace(/\s+/g, ' ').trim());
}
