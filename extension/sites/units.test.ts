import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORM_FIXTURES } from '../../e2e/fixtures/forms.ts';
import { SITE_FIXTURES } from '../../e2e/fixtures/sites.ts';
import { SITES, siteOfUrl } from '../../shared/sites/registry.ts';
import { SITE_READERS } from './registry.ts';

/**
 * The registry's promise (DESIGN §2 "Sites: one unit each"): every unit ships what it needs to
 * be trusted, and what Jobsmith knows of a site is written in that site's unit only.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The registrable domain of a match pattern's host ("*.myworkdayjobs.com" → "myworkdayjobs.com"). */
function domainOf(pattern: string): string {
  const host = new URL(pattern.replace('*.', '')).hostname;
  const labels = host.split('.');
  const suffix = labels.at(-2)?.length === 2 || /^(com|co)$/.test(labels.at(-2) ?? '') ? 3 : 2;
  return labels.slice(-(labels.at(-1)?.length === 2 ? suffix : 2)).join('.');
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    // Tests and their data (test-resumes.ts, testing.ts, shared/testing/) name real sites as sample input.
    else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$|^test-|^testing\.ts$/.test(entry) && !/[/\\](testing|test)[/\\]/.test(path))
      out.push(path);
  }
  return out;
}

describe('site units', () => {
  for (const site of SITES) {
    describe(site.label, () => {
      it('has a reader, test URLs that only it claims, and a capture fixture', () => {
        expect(SITE_READERS[site.id]).toBeTypeOf('function');
        // Its own capture script, holding only its reader (the manifest runs it on its pages alone).
        expect(existsSync(join(ROOT, `extension/entrypoints/${site.id}.content.ts`)), `no entrypoints/${site.id}.content.ts`).toBe(true);
        expect(site.testUrls.length).toBeGreaterThan(0);
        for (const url of site.testUrls) expect(siteOfUrl(new URL(url))?.id, url).toBe(site.id);
        const captures = SITE_FIXTURES.filter((f) => f.source === site.id && f.expected !== null);
        expect(captures.length, `no capture fixture for ${site.id}`).toBeGreaterThan(0);
        for (const fixture of captures) expect(siteOfUrl(new URL(fixture.url))?.id, fixture.url).toBe(site.id);
      });

      if (site.kind === 'ats') {
        it('has an application form fixture on its own host', () => {
          const forms = FORM_FIXTURES.filter((f) => !f.url.startsWith('/') && siteOfUrl(new URL(f.url))?.id === site.id);
          expect(forms.length, `no form fixture for ${site.id}`).toBeGreaterThan(0);
        });
      }
    });
  }

  it("names each site's hosts in its unit file only", () => {
    const files = [
      ...['shared', 'extension', 'worker/src', 'bin', 'scripts'].flatMap((d) => sourceFiles(join(ROOT, d))),
      join(ROOT, 'wxt.config.ts'),
    ];
    const texts = files.map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8').toLowerCase() }));
    const misplaced: string[] = [];
    for (const site of SITES) {
      const own = `shared/sites/${site.id}.ts`;
      for (const domain of new Set(site.matches.map(domainOf))) {
        const elsewhere = texts.filter((t) => t.file !== own && t.text.includes(domain)).map((t) => `${t.file}: ${domain}`);
        misplaced.push(...elsewhere);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it("the README's list of sites names every unit", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Sites and access'), readme.indexOf('**Any other page, on demand.**'));
    for (const site of SITES) expect(table, `README lacks ${site.label}`).toContain(site.label.split(' (')[0]);
  });
});
