import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBoundaries } from './boundaries.ts';
import { ROOT } from './processes.ts';

let root = '';

function tree(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'boundaries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

const clean = {
  'shared/ids.ts': "import { z } from 'zod';\n// the document says so\nexport const a = 'window.x';",
  'extension/sites/read.ts': "import { a } from '../../shared/ids.ts';\nexport const read = (doc: Document) => doc.title + a;",
  'extension/entrypoints/job.content.ts': "import { read } from '../sites/read.ts';\nread(document);",
  'extension/entrypoints/background.ts': "import { a } from '../../shared/ids.ts';\nimport { api } from '../sync/api-client.ts';",
  'extension/sync/api-client.ts': 'export const api = 1;',
  'extension/ui/App.tsx': "import { a } from '../../shared/ids.ts';",
  'worker/src/app.ts': "import { a } from '../../shared/ids.ts';\nimport { Hono } from 'hono';",
};

describe('import boundary check', () => {
  it('passes a tree that keeps the boundaries', () => {
    expect(checkBoundaries(tree(clean))).toEqual([]);
  });

  it('passes this repository', () => {
    expect(checkBoundaries(ROOT)).toEqual([]);
  });

  it.each([
    [
      'shared importing a Node built-in',
      { 'shared/io.ts': "import { readFileSync } from 'node:fs';" },
      'shared imports no platform package',
    ],
    ['shared importing Dexie', { 'shared/db.ts': "import Dexie from 'dexie';" }, 'shared imports no platform package'],
    [
      'shared importing extension code',
      { 'shared/x.ts': "import { api } from '../extension/sync/api-client.ts';" },
      'shared imports only shared',
    ],
    [
      'shared touching the DOM',
      { 'shared/dom.ts': "export const t = () => document.querySelector('h1');" },
      'shared uses no platform global',
    ],
    ['shared calling chrome.*', { 'shared/c.ts': 'export const t = () => chrome.storage.local.get();' }, 'shared uses no platform global'],
    [
      'a content script reaching the API client through a helper',
      { 'extension/sites/read.ts': "import { api } from '../sync/api-client.ts';\nexport const read = () => api;" },
      'content scripts hold no secrets or profile store',
    ],
    [
      'the background using window',
      { 'extension/sync/api-client.ts': 'export const api = window.location;' },
      'the service worker uses no window',
    ],
    [
      'the worker importing the extension',
      { 'worker/src/x.ts': "import { read } from '../../extension/sites/read.ts';" },
      'worker does not import extension',
    ],
    [
      'the panel importing the API client',
      { 'extension/ui/Login.tsx': "import { api } from '../sync/api-client.ts';" },
      'the panel never holds the token',
    ],
  ])('fails on %s', (_label, change, rule) => {
    const violations = checkBoundaries(tree({ ...clean, ...change }));
    expect(violations.map((v) => v.rule)).toContain(rule);
  });
});
