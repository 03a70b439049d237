import { escapeUTF8 } from 'entities/escape';
import { describe, expect, it } from 'vitest';
import { fetchBoard, type HttpFetch } from '../boards/fetch-board.ts';
import type { BoardRef } from '../boards/types.ts';
import { jobFromJsonLd } from './jsonld.ts';

/**
 * German postings spell umlauts, ß and € as named references (&uuml;, &szlig;, &euro;) or numeric
 * ones (&#252;); a short hand-written table once left "M&uuml;ller" on screen. These read real-shaped
 * answers through the whole pipeline and check the text a user sees.
 */

const HTML =
  '<h3>Ihre Aufgaben</h3><ul><li>Betreuung der Filiale in der Hauptstra&szlig;e</li><li>Abstimmung mit Frau M&uuml;ller</li></ul>' +
  '<p>Gehalt: 50.000&nbsp;&euro; j&auml;hrlich, flexible Arbeitszeiten, B&ouml;rsenn&auml;he, Gr&#252;nfl&auml;chen.</p>';

/** The first job of a board whose API answers `body`, read by the driver the worker runs. */
async function firstJob(ref: BoardRef, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const fetch: HttpFetch = async () => ({ status: 200, headers: { get: () => null }, text: async () => text });
  const result = await fetchBoard(ref, { fetch });
  expect(result.status).toBe('ok');
  return result.status === 'ok' ? result.postings[0]?.job : undefined;
}

/** HTML's text as a user reads it, with no reference left undecoded. */
function expectReadable(description: string | undefined) {
  for (const line of [
    '• Betreuung der Filiale in der Hauptstraße',
    '• Abstimmung mit Frau Müller',
    'Gehalt: 50.000 € jährlich, flexible Arbeitszeiten, Börsennähe, Grünflächen.',
  ])
    expect(description).toContain(line);
  expect(description).not.toMatch(/&\w+;|&#/);
}

describe('German postings with character references', () => {
  it('reads a Greenhouse board answer into plain German text', async () => {
    const body = {
      jobs: [
        {
          id: 7001,
          absolute_url: 'https://job-boards.greenhouse.io/backhaus/jobs/7001',
          title: 'Filialleitung (m/w/d) M&uuml;nchen',
          company_name: 'B&auml;ckerei M&uuml;ller GmbH',
          location: { name: 'M&uuml;nchen' },
          updated_at: '2026-11-01T09:00:00+01:00',
          // Greenhouse's board API escapes the description HTML once more inside the JSON string.
          content: escapeUTF8(HTML),
        },
      ],
      meta: { total: 1 },
    };
    const job = await firstJob({ kind: 'greenhouse', slug: 'backhaus' }, body);
    expect(job).toMatchObject({ title: 'Filialleitung (m/w/d) München', company: 'Bäckerei Müller', locations: ['München'] });
    expectReadable(job?.description);
  });

  it('reads a JSON-LD JobPosting whose fields and description carry references', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Sachbearbeiter Lohnbuchhaltung (m/w/d) &ndash; K&ouml;ln',
      hiringOrganization: { '@type': 'Organization', name: 'M&uuml;ller &amp; S&ouml;hne' },
      jobLocation: { '@type': 'Place', address: { streetAddress: 'Gro&szlig;e Stra&szlig;e 1', addressLocality: 'K&ouml;ln' } },
      description: HTML,
    });
    const job = jobFromJsonLd([block], 'https://karriere.example.de/jobs/42');
    expect(job).toMatchObject({ title: 'Sachbearbeiter Lohnbuchhaltung (m/w/d) – Köln', company: 'Müller & Söhne', locations: ['Köln'] });
    expectReadable(job?.description);
  });

  it('reads a Personio XML feed: XML references in elements, HTML ones inside the CDATA description', async () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<workzag-jobs>
  <position>
    <id>881</id>
    <subcompany>M&#252;ller &amp; S&#246;hne GmbH</subcompany>
    <office>D&#252;sseldorf</office>
    <name>Buchhalter (m/w/d) &#8211; Gro&#223;kunden</name>
    <jobDescriptions>
      <jobDescription><name>Deine Aufgaben</name><value><![CDATA[${HTML}]]></value></jobDescription>
    </jobDescriptions>
  </position>
</workzag-jobs>`;
    const job = await firstJob({ kind: 'personio', slug: 'mueller' }, feed);
    expect(job).toMatchObject({ title: 'Buchhalter (m/w/d) – Großkunden', company: 'Müller & Söhne', locations: ['Düsseldorf'] });
    expectReadable(job?.description);
  });
});
