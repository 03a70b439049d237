import { describe, expect, it } from 'vitest';
import { changeStatus } from '../applications.ts';
import { day, row } from '../tracker/testing.ts';
import { APPLICATION_COLUMNS, applicationsCsv } from './applications-csv.ts';

describe('applicationsCsv', () => {
  it('a header row, then one row per application with ISO dates', () => {
    const saved = row({ title: 'Payroll Specialist', company: 'Globex', source: 'greenhouse', savedDay: 3, score: 55 });
    const applied = row({ title: 'Accountant, Senior', company: 'Acme "AP" Team', savedDay: 0, moves: ['applied'], score: 82 });
    const withNotes = {
      ...applied,
      application: {
        ...changeStatus(applied.application, 'interviewing', day(4)),
        notes: 'Spoke to Ana.\nSend portfolio',
        nextAction: { text: 'Email Ana', due: day(9) },
      },
    };
    const csv = applicationsCsv([saved, withNotes]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(APPLICATION_COLUMNS.join(','));
    expect(lines[0]).toBe('Job title,Company,Location,Source,URL,Status,Saved,Applied,Match score,Notes,Next action,Next action due');
    expect(lines[1]).toBe(`Payroll Specialist,Globex,Berlin,greenhouse,${saved.job.url},saved,2026-01-04,,55,,,`);
    expect(csv).toContain(
      `"Accountant, Senior","Acme ""AP"" Team",Berlin,lever,${applied.job.url},interviewing,2026-01-01,2026-01-02,82,"Spoke to Ana.\nSend portfolio",Email Ana,2026-01-10\r\n`,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('just the header with no applications', () => {
    expect(applicationsCsv([])).toBe(`${APPLICATION_COLUMNS.join(',')}\r\n`);
  });
});
