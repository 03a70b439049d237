import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The built extension must hold no secret: no provider key, no token, no private key, no
 * database URL. Reads every file the e2e build wrote (the same code as the store build).
 */
const PATTERNS: Array<[string, RegExp]> = [
  ['Anthropic API key', /sk-ant-[A-Za-z0-9_-]{20,}/],
  ['OpenAI API key', /sk-(proj-)?[A-Za-z0-9]{32,}/],
  ['AWS access key', /AKIA[0-9A-Z]{16}/],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['database URL with a password', /postgres(ql)?:\/\/[^\s:'"]+:[^\s@'"]+@/],
  ['bearer token', /Bearer [A-Za-z0-9._-]{30,}/],
  ['GitHub token', /gh[pousr]_[A-Za-z0-9]{36}/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('the built extension contains no secret', () => {
  const dir = process.env.JOBSMITH_E2E_EXTENSION ?? '';
  const all = files(dir).filter((f) => !/\.(png|ttf|woff2?)$/.test(f));
  expect(all.length).toBeGreaterThan(5);
  const found = all.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return PATTERNS.filter(([, re]) => re.test(text)).map(([what]) => `${what} in ${file}`);
  });
  expect(found).toEqual([]);
  // And the worker's own configuration names never leak into the bundle.
  for (const file of all) expect(readFileSync(file, 'utf8')).not.toMatch(/ANTHROPIC_API_KEY|OPENAI_API_KEY|DATABASE_URL/);
});
