import type { ProfileDraft } from '../schemas/profile.ts';
import { LINKEDIN_LINK } from '../sites/linkedin.ts';
import type { Line } from './lines.ts';
import { EMAIL, isTitle, LOCATION, PHONE, STREET, URL_LIKE } from './patterns.ts';

/** The resume's header: the name, email, phone, links and place. */

/** A contact line without its links, email and phone number. */
export function contactless(text: string): string {
  return text.replace(URL_LIKE, ' ').replace(EMAIL, ' ').replace(PHONE, ' ').replace(/\s+/g, ' ').trim();
}

/** Fills the profile's contact fields from the header lines; returns the name it found. */
export function readHeader(lines: Line[], profile: ProfileDraft) {
  const text = lines.map((l) => l.text).join(' | ');
  profile.email = EMAIL.exec(text)?.[0] ?? '';
  for (const url of text.match(URL_LIKE) ?? []) {
    if (LINKEDIN_LINK.test(url)) profile.links.linkedin = url;
    else if (/github\.com/i.test(url)) profile.links.github = url;
    else if (!EMAIL.test(url) && !profile.links.portfolio) profile.links.portfolio = url;
  }
  const withoutLinks = text.replace(URL_LIKE, ' ').replace(EMAIL, ' ');
  profile.phone = PHONE.exec(withoutLinks)?.[0]?.trim() ?? '';
  // Each line without its links, email and phone: what is left may be the place. Lines on one
  // baseline are read together, left to right (a contact row the column reader cut in two:
  // "…, San Francisco," and "CA, (a profile link)").
  const bare = lines.map((l) => contactless(l.text));
  const rows = [...lines]
    .sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x)
    .reduce<Line[][]>((out, l) => {
      const row = out.at(-1);
      if (row?.[0] && row[0].page === l.page && Math.abs(row[0].y - l.y) < 2) row.push(l);
      else out.push([l]);
      return out;
    }, [])
    .map((row) => contactless(row.map((l) => l.text).join(' ')));
  const segments = rows.flatMap((t) => t.split(/\s*[|•·]\s*|\s+,\s+/)).map((s) => s.trim());
  profile.location = segments.find((s) => LOCATION.test(s)) ?? '';
  // A street on its own line, its town on the next ("321 Gotham St" / "Gotham, USA"), or all on one.
  const street = bare.findIndex((t) => STREET.test(t));
  if (street >= 0) {
    const line = bare[street] as string;
    const town = bare[street + 1] ?? '';
    profile.location = line.includes(',') ? line : LOCATION.test(town) ? `${line}, ${town}` : profile.location;
  }
  // The name: the largest text at the top that is not contact details (an icon glyph before a phone is dropped).
  const candidates = lines
    .map((l) => ({ ...l, text: bare[lines.indexOf(l)]?.replace(/\s+\S$/, '') ?? '' }))
    .filter((l) => l.text && !/\d/.test(l.text) && l.text.split(' ').length <= 5 && !LOCATION.test(l.text));
  // Of lines of one size (text whose layout is lost) a job title is the headline, not the name:
  // taken for the name, it would be lost as the role it names too.
  const largest = Math.max(...candidates.map((l) => l.size));
  const sized = candidates.filter((l) => l.size === largest);
  const name = (sized.find((l) => !isTitle(l.text)) ?? sized[0])?.text ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  profile.name.first = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  profile.name.last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return name;
}
