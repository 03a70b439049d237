import { escapeUTF8 } from 'entities/escape';
import { type FakeApi, xml } from './fake-api.ts';
import type { FakeBoard, FakePosting } from './postings.ts';

/** Personio's XML position feed as GET https://{company}.jobs.personio.de/xml answers it (see shared/boards/personio.ts). */

const EMPLOYMENT = {
  'full-time': ['permanent', 'full-time'],
  'part-time': ['permanent', 'part-time'],
  contract: ['freelance', 'full-time'],
  internship: ['intern', 'full-time'],
} as const;

/** "2026-08-20T12:14:07+0200": Personio writes offsets without a colon. */
const compactOffset = (iso: string) => `${iso.slice(0, 19)}+0000`;

function position(board: FakeBoard, p: FakePosting): string {
  const [type, schedule] = p.employment ? EMPLOYMENT[p.employment] : ['permanent', 'full-time'];
  const list = (lines: string[]) => `<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;
  const blocks: Array<[string, string]> = [
    ['Your mission', `<p>${p.summary}</p>`],
    ['Your profile', list(p.requirements)],
    ['Nice to have', list(p.niceToHave)],
  ];
  const office = p.workplace === 'remote' ? 'Remote' : p.city;
  return `<position>
    <id>${p.id}</id>
    <subcompany>${escapeUTF8(board.company)}</subcompany>
    <office>${escapeUTF8(office)}</office>
    <additionalOffices><office>${escapeUTF8(`${p.city} (Hub)`)}</office></additionalOffices>
    <department>${escapeUTF8(p.department)}</department>
    <recruitingCategory>${escapeUTF8(p.department)}</recruitingCategory>
    <name>${escapeUTF8(p.title)}</name>
    <jobDescriptions>${blocks
      .map(([name, html]) => `<jobDescription><name>${escapeUTF8(name)}</name><value><![CDATA[${html}]]></value></jobDescription>`)
      .join('')}</jobDescriptions>
    <employmentType>${type}</employmentType>
    <seniority>experienced</seniority>
    <schedule>${schedule}</schedule>
    <yearsOfExperience>2-5</yearsOfExperience>
    <keywords>${escapeUTF8(p.requirements.join(','))}</keywords>
    <occupation>software_and_web_development</occupation>
    <occupationCategory>it_software</occupationCategory>
    <createdAt>${compactOffset(p.postedAt)}</createdAt>
  </position>`;
}

export const fakePersonio: FakeApi = {
  kind: 'personio',
  owns: (url) => /\.jobs\.personio\.(de|com)$/.test(url.hostname),
  serve(board, request) {
    const host = board.ref.host ?? `${board.ref.slug}.jobs.personio.de`;
    if (request.url.hostname !== host || request.url.pathname !== '/xml') return null;
    return xml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>${board.postings.map((p) => position(board, p)).join('\n')}</workzag-jobs>`,
    );
  },
};
