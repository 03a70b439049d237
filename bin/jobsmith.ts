#!/usr/bin/env node
// The `jobsmith` command line: the same code the extension runs, on files.
//   jobsmith extract <page.html> --url <original-url>   prints the job on a saved page as one JSON line
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractJob } from '../extension/sites/registry.ts';
import { newId } from '../shared/ids.ts';

const USAGE = 'usage: jobsmith extract <page.html> --url <original-url>';

function fail(message: string, code: number): never {
  process.stderr.write(`jobsmith: ${message}\n`);
  process.exit(code);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function extract(args: string[]) {
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--url');
  const url = option(args, '--url');
  if (!file || !url) fail(USAGE, 64);
  try {
    new URL(url);
  } catch {
    fail(`--url must be the page's original address, not "${url}"`, 64);
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, 66);
  }
  // Adapters log and move on when markup surprises them; keep stdout for the JSON.
  console.warn = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  const { document } = parseHTML(html);
  const job = extractJob(document as unknown as Document, url);
  if (!job) fail(`no job found in ${file}`, 2);
  // One line, with an id, so that `extract ... >> jobs.jsonl` builds the input of `match`.
  process.stdout.write(`${JSON.stringify({ id: newId(), ...job })}\n`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'extract') extract(rest);
else fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE, 64);
