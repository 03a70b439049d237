import { describe, expect, it } from 'vitest';
import { importProfileFile } from './import-file.ts';
import { nodePdfJs } from './node-pdfjs.ts';
import { wordResume } from './test-resumes.ts';

const pdfjs = async () => nodePdfJs;

describe('DOCX import', () => {
  it('reads a Word resume through the same parser as a PDF', async () => {
    const { profile } = await importProfileFile({ name: 'dana.docx', bytes: await wordResume() }, pdfjs);
    expect(profile.name).toMatchObject({ first: 'Dana', last: 'Whitfield' });
    expect(profile).toMatchObject({ email: 'dana.whitfield@example.com', phone: '(512) 555-0142', location: 'Austin, TX' });
    expect(profile.experience.map((e) => [e.title, e.employer, e.start, e.end])).toEqual([
      ['Senior Engineer', 'Acme Corp', '2019', '2023'],
    ]);
    expect(profile.experience[0]?.bullets).toHaveLength(2);
    expect(profile.education[0]).toMatchObject({ school: 'The University of Texas at Austin', start: '2014', end: '2018' });
    expect(profile.skills.map((s) => s.name)).toEqual(['Python', 'SQL', 'Tableau']);
  });

  it('says clearly when a .docx is damaged or protected with a password, and reads nothing', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(importProfileFile({ name: 'cv.docx', bytes: damaged }, pdfjs)).rejects.toThrow(/damaged or protected with a password/);
    const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(importProfileFile({ name: 'cv.docx', bytes: encrypted }, pdfjs)).rejects.toThrow(/protected with a password/);
  });

  it('refuses a Word file of 20 MB before unzipping it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(importProfileFile({ name: 'cv.docx', bytes: big }, pdfjs)).rejects.toMatchObject({ code: 'too-large' });
  });
});
