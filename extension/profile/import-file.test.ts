import { describe, expect, it } from 'vitest';
import { NURSE } from '../../shared/testing/sample-profiles.ts';
import { importProfileFile } from './import-file.ts';
import { nodePdfJs } from './node-pdfjs.ts';
import { longDocument } from './test-resumes.ts';

const pdfjs = async () => nodePdfJs;
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('importProfileFile', () => {
  it('takes back an exported profile JSON as the draft, unchanged', async () => {
    const exported = { ...NURSE, id: '01JAAAAAAAAAAAAAAAAAAAAAAA', createdAt: 1, updatedAt: 2, deletedAt: null, clocks: {} };
    const { profile, warnings } = await importProfileFile({ name: 'jobsmith-profile.json', bytes: json(exported) }, pdfjs);
    expect(profile).toEqual(NURSE);
    expect(warnings).toEqual([]);
  });

  it('names the field that makes a JSON file not a profile', async () => {
    await expect(importProfileFile({ name: 'x.json', bytes: json({ name: { first: 5 } }) }, pdfjs)).rejects.toThrow(
      /x.json is not a Jobsmith profile \(name.first/,
    );
    await expect(importProfileFile({ name: 'notes.md', bytes: new TextEncoder().encode('hello') }, pdfjs)).rejects.toThrow(
      'neither a PDF, a Word (.docx) file, plain text (.txt) nor a profile JSON',
    );
  });

  it('reads a plain-text resume line by line, and refuses an empty one', async () => {
    const text = [
      'Dana Reyes',
      'dana@example.com',
      'Experience',
      'Registered Nurse - Mercy Hospital',
      'Jan 2019 – Present',
      'Skills',
      'BLS, ACLS, Epic',
    ].join('\n');
    const { profile } = await importProfileFile({ name: 'resume.txt', bytes: new TextEncoder().encode(text) }, pdfjs);
    expect(profile.email).toBe('dana@example.com');
    expect(profile.experience[0]?.title).toBe('Registered Nurse');
    expect(profile.skills.map((s) => s.name)).toEqual(['BLS', 'ACLS', 'Electronic health records']);
    await expect(importProfileFile({ name: 'empty.txt', bytes: new TextEncoder().encode(' \n ') }, pdfjs)).rejects.toThrow(
      'empty.txt is empty.',
    );
  });

  it('says when a long PDF was read only in part', async () => {
    const { warnings } = await importProfileFile({ name: 'minutes.pdf', bytes: await longDocument(12) }, pdfjs);
    expect(warnings[0]).toBe('This PDF has 12 pages; only the first 10 were read.');
  });
});
