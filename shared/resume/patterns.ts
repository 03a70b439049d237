import { countryNamesPattern } from '../reference/country-mentions.ts';

/**
 * What a resume's lines are made of, as the section readers recognise it: bullets, email,
 * phone, links, places and streets, degrees and schools, job titles and employers, running
 * text; and a header line split into its parts ("Title | Employer | City, ST").
 */

export const BULLET = /^\s*(?:[•◦▪▫●○■□·*–-]|\u2022|\u25CF|\u25AA)\s*/;
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// "+1 303 555 0199", "(512) 555-0142", "+1 (415) 555-0142", "030 1234 5678".
export const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?\d{2,4}(?:[\s.-]\d{2,4}){1,3}|\d{2,4}(?:[\s.-]\d{2,4}){2,4})/;
export const URL_LIKE = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s|,]*/gi;
// "Denver, CO", "Rotterdam, Netherlands", "Remote": a place, not "Title, Employer".
const COUNTRIES = countryNamesPattern();
export const LOCATION = new RegExp(`^(?:[A-Z][A-Za-zÀ-ÿ .'-]+,\\s*(?:[A-Z]{2}|${COUNTRIES})(?:,\\s*(?:${COUNTRIES}))?|Remote)$`);
// A street address on a contact line: "555 La Verne Way, La Verne, CA", "321 Gotham St".
export const STREET =
  /^\d+[A-Za-z]?\s+[A-Z][A-Za-z.' -]+(?:\b(?:st|street|ave|avenue|rd|road|way|blvd|lane|ln|dr|drive|ct|court|pl|place)\.?)(?:,.*)?$/i;
export const DEGREE =
  /\b(hnd|hnc|btec|nvq|bachelor|master|b\.?\s?sc|m\.?\s?sc|b\.?s\.?|m\.?s\.?|b\.?a\.?|m\.?a\.?|mba|ph\.?d|doctor|associate|diploma|bsn|msn|b\.?eng|m\.?eng|certificate|abitur|ged|high school)\b/i;
// What follows "Bachelor of" / "Master of" as the degree's own name, not its field.
export const DEGREE_NAME =
  /^(science|arts|fine arts|engineering|business administration|laws|education|technology|applied science|philosophy|music|nursing|social work|public health|commerce)$/i;
export const SCHOOL = /\b(university|college|institute|school|academy|polytechnic|universität|hochschule|tu|eth|mit)\b/i;
// Words that make a phrase a job title rather than an employer.
const TITLE_WORDS =
  /\b(engineer|developer|programmer|nurse|manager|analyst|designer|accountant|specialist|director|consultant|technician|assistant|coordinator|officer|administrator|scientist|teacher|architect|lead|intern|associate|representative|clerk|cook|chef|driver|welder|operator|supervisor|agent|advisor|buyer|planner|recruiter|writer|editor|marketer|attorney|lawyer|paralegal|therapist|pharmacist|physician|cashier|mechanic|electrician|carpenter|executive|founder|president|head|controller|bookkeeper|auditor|researcher|instructor|tutor|practitioner|aide|medic|dispatcher|foreman|machinist|fabricator|marketing|sales|owner|vp)\b/i;
// German job titles are compounds ("Bilanzbuchhalterin"), so their stems match inside words.
const TITLE_STEMS =
  /(buchhalter|ingenieur|entwickler|leiter|pflege|kauf(mann|frau)|berater|referent|sachbearbeiter|techniker|mechaniker|assistent|verkäufer|koch|fahrer)/i;
// Words that make a phrase an employer: legal forms and common company nouns.
export const EMPLOYER_WORDS =
  /\b(gmbh|inc|llc|ltd|corp|corporation|co|ag|se|plc|group|partners?|hospital|clinic|university|bank|foods|robotics|analytics|health|labs?|technologies|solutions|systems|services|consulting|company)\b\.?/i;

/** Splits "Title | Employer | City, ST" and "Title at Employer" into their parts. */
export function parts(text: string): string[] {
  if (LOCATION.test(text.trim())) return [text.trim()];
  return (
    text
      .split(/\s+(?:\||•|·|—|–|-|@)\s+|\s*\|\s*/)
      // "Engineer at Acme" is two parts; "The University of Texas at Austin" is one school.
      .flatMap((piece) => (SCHOOL.test(piece) && /\bof\b.*\bat\b/i.test(piece) ? [piece] : piece.split(/\s+at\s+/)))
      .flatMap((piece) => {
        // "Title, Employer" (one comma) is two parts; "City, ST" stays one.
        const commas = piece.split(/\s*,\s+/);
        if (commas.length === 2) return LOCATION.test(piece.trim()) ? [piece] : commas;
        // "Title, Employer, City, ST" on one line (LaTeX moderncv): the place is its last two or three parts.
        for (const size of [3, 2]) {
          const place = commas.slice(-size).join(', ');
          if (commas.length > size && LOCATION.test(place)) return [...commas.slice(0, -size), place];
        }
        return [piece];
      })
      .map((p) => p.trim())
      .filter(Boolean)
  );
}

export const isTitle = (p: string) => TITLE_WORDS.test(p) || TITLE_STEMS.test(p);

// A line of running text: eight words or more, or a sentence's end.
export const PROSE = /^(?:\S+\s+){7,}\S|[a-z]\.$/;
