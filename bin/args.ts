// Every subcommand reads its arguments with Node's own parser (strict: an unknown option, an
// option without its value or a stray argument is refused), so each refuses them the same way,
// in one line, instead of a hand-written scan that took `--url --out` as a URL.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

type Config<O extends ParseArgsOptionsConfig> = { args: string[]; options: O; strict: true; allowPositionals: true };
export type ParsedArgs<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

/** Node's messages run to several sentences and lines; each is said here in the words of the usage line. */
const SHORTER: Array<[RegExp, (option: string) => string]> = [
  // "Unknown option '--foo'. To specify a positional argument starting with a '-', …"
  [/^Unknown option '([^']+)'/, (option) => `unknown option ${option}`],
  // "Option '--url <value>' argument missing": the option came last.
  [/^Option '(\S+) <value>' argument missing/, (option) => `${option} needs a value`],
  // "Option '--url' argument is ambiguous. Did you forget …": the next word was another option.
  [/^Option '(\S+)' argument is ambiguous/, (option) => `${option} needs a value (write ${option}=-… for one that starts with a dash)`],
  // "Option '--flag' does not take an argument"
  [/^Option '(\S+)' does not take an argument/, (option) => `${option} takes no value`],
];

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, say] of SHORTER) {
    const found = pattern.exec(message);
    if (found) return say(found[1] ?? '');
  }
  return message.split('\n')[0] ?? message;
}

/**
 * The options of `args` and at most `most` positionals, or why they are not a command line
 * (the caller adds its usage line and exit code).
 */
export function readArgs<O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  most: number,
): { ok: true; args: ParsedArgs<O> } | { ok: false; error: string } {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
    const extra = parsed.positionals[most];
    if (extra !== undefined) return { ok: false, error: `unexpected argument '${extra}'` };
    return { ok: true, args: parsed };
  } catch (error) {
    return { ok: false, error: oneLine(error) };
  }
}
