import type { Line } from './lines.ts';

export type SectionKind = 'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'certifications' | 'languages' | 'other';

// Heading words, normalized to lowercase without punctuation. One row per section kind.
const HEADINGS: Array<[SectionKind, string[]]> = [
  [
    'summary',
    [
      'summary',
      'profile',
      'professional summary',
      'about me',
      'about',
      'objective',
      'career objective',
      'professional profile',
      'kurzprofil',
      'profil',
    ],
  ],
  [
    'experience',
    [
      'experience',
      'work experience',
      'professional experience',
      'employment history',
      'employment',
      'work history',
      'career history',
      'relevant experience',
      'clinical experience',
      'berufserfahrung',
      'experience and employment',
      // Unpaid roles are roles too: a student's resume may have no others.
      'volunteer experience',
      'volunteering',
      'leadership experience',
      'campus involvement',
      'on campus involvement',
      'involvement',
    ],
  ],
  ['education', ['education', 'academic background', 'education and training', 'academic history', 'ausbildung', 'bildung', 'studies']],
  [
    'skills',
    [
      'skills',
      'technical skills',
      'core competencies',
      'competencies',
      'key skills',
      'areas of expertise',
      'expertise',
      'tools',
      'technologies',
      'skills and tools',
      'kenntnisse',
      'clinical skills',
      'skills and abilities',
    ],
  ],
  ['projects', ['projects', 'selected projects', 'personal projects', 'side projects', 'projekte']],
  [
    'certifications',
    [
      'certifications',
      'certificates',
      'licenses',
      'licenses and certifications',
      'licensure',
      'certifications and licenses',
      'credentials',
      'zertifikate',
    ],
  ],
  ['languages', ['languages', 'language skills', 'sprachen']],
  [
    'other',
    [
      'awards',
      'honors',
      'honors awards',
      'awards and honors',
      'honors and awards',
      'interests',
      'hobbies',
      'references',
      'publications',
      'patents',
      'invited talks',
      'talks',
      'presentations',
      'conferences',
      'activities',
      'extracurricular activities',
      'relevant coursework',
      'coursework',
      'courses',
      'memberships',
      'affiliations',
      'professional affiliations',
      'additional information',
      'links',
      'social',
    ],
  ],
];

const LOOKUP = new Map(HEADINGS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-zäöüß ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a line opens, when it is a heading: a known heading word on a short line of its own. */
export function headingKind(line: Line, bodySize: number): SectionKind | null {
  if (line.text.length > 40) return null;
  const kind = LOOKUP.get(normalize(line.text));
  if (kind) return kind;
  // "EXPERIENCE — 2016 to now" style: a larger or all-caps line that starts with a heading word.
  const loud = line.size > bodySize * 1.1 || (line.text === line.text.toUpperCase() && /[A-Z]/.test(line.text));
  if (!loud) return null;
  const words = normalize(line.text).split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const hit = LOOKUP.get(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return null;
}
