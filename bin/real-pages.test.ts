import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikeCode, type ReadFields, realJobPages, realPagesPresent, SCORED_FIELDS, scoreField } from '../e2e/fixtures/real-pages.ts';

const CLI = fileURLToPath(new URL('./jobsmith.ts', import.meta.url));
/** The accuracy floor on pages saved from the live sites (issue: ≥ 95 % of fields right). */
const FLOOR = 0.95;

function extract(html: string, url: string): Record<string, unknown> | null {
  try {
    const out = execFileSync(process.execPath, [CLI, 'extract', html, '--url', url], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(out);
  } catch {
    return null;
  }
}

if (!realPagesPresent()) {
  console.warn('\n*** ../shared/real-pages is absent: capture accuracy on real pages is NOT checked ***\n');
}

describe.skipIf(!realPagesPresent())('jobsmith extract on pages saved from the live sites', () => {
  const pages = realJobPages();
  const results = pages.map((page) => {
    const job = extract(page.html, page.url);
    const read: ReadFields = {
      title: String(job?.title ?? ''),
      company: String(job?.company ?? ''),
      location: String((job?.locations as string[] | undefined)?.[0] ?? ''),
      description: String(job?.description ?? ''),
    };
    return { page, job, read, right: SCORED_FIELDS.filter((f) => scoreField(f, read[f], page)) };
  });

  it(`reads at least ${FLOOR * 100} % of title, company, location and description start right`, () => {
    const total = results.length * SCORED_FIELDS.length;
    const right = results.reduce((n, r) => n + r.right.length, 0);
    const misses = results.flatMap((r) =>
      SCORED_FIELDS.filter((f) => !r.right.includes(f)).map((f) => `${r.page.name} ${f}: got "${r.read[f].slice(0, 80)}"`),
    );
    expect(pages.length).toBeGreaterThan(0);
    expect(right / total, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('no field holds CSS or script text', () => {
    for (const { page, job } of results) {
      for (const [key, value] of Object.entries(job ?? {})) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        expect(looksLikeCode(text), `${page.name} ${key}: ${text.slice(0, 120)}`).toBe(false);
      }
    }
  });
});
