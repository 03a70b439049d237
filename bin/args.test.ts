import { describe, expect, it } from 'vitest';
import { readArgs } from './args.ts';

const OPTIONS = { url: { type: 'string' }, verbose: { type: 'boolean' } } as const;

describe('readArgs', () => {
  it('reads options in either spelling and the positionals', () => {
    const read = readArgs(['page.html', '--url', 'https://x.example/1', '--verbose'], OPTIONS, 1);
    expect(read).toEqual({ ok: true, args: { values: { url: 'https://x.example/1', verbose: true }, positionals: ['page.html'] } });
    expect(readArgs(['--url=https://x.example/2'], OPTIONS, 0)).toMatchObject({
      ok: true,
      args: { values: { url: 'https://x.example/2' } },
    });
  });

  it('says in one line what is wrong', () => {
    const cases: Array<[string[], string]> = [
      [['--nope'], 'unknown option --nope'],
      [['--url'], '--url needs a value'],
      [['--url', '--verbose'], '--url needs a value (write --url=-… for one that starts with a dash)'],
      [['--verbose=yes'], '--verbose takes no value'],
      [['a', 'b'], "unexpected argument 'b'"],
    ];
    for (const [args, error] of cases) expect(readArgs(args, OPTIONS, 1), args.join(' ')).toEqual({ ok: false, error });
  });
});
