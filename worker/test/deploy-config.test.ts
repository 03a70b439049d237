import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_VARS } from '../../scripts/lib/processes.ts';
import { parseEnv } from '../src/env.ts';
import { originAllowed } from '../src/lib/cors.ts';
import { testApi } from './harness.ts';

/** The top-level [vars] of wrangler.toml: what `wrangler deploy` gives the worker. */
function deployVars(): Record<string, string> {
  const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');
  const section = /^\[vars\]\n([\s\S]*?)(?=^\[)/m.exec(toml)?.[1] ?? '';
  return Object.fromEntries([...section.matchAll(/^(\w+)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
}

describe('what a deploy gets', () => {
  it('is production: no wildcard origin, unconfirmed accounts kept off the operator’s keys, a pepper required', () => {
    const vars = deployVars();
    expect(vars.ENVIRONMENT).toBe('production');
    expect(vars.ALLOWED_ORIGINS).not.toContain('*');
    expect(vars.LLM_ALLOW_UNVERIFIED).toBe('false');
    expect(() => parseEnv({ HYPERDRIVE: { connectionString: 'postgres://x' }, ...vars })).toThrow(/PASSWORD_PEPPER/);
    const env = parseEnv({ HYPERDRIVE: { connectionString: 'postgres://x' }, ...vars, PASSWORD_PEPPER: 'p'.repeat(32) });
    expect(env.ENVIRONMENT).toBe('production');
    // The schema's own defaults are production's too.
    expect(parseEnv({ HYPERDRIVE: { connectionString: 'postgres://x' }, PASSWORD_PEPPER: 'p'.repeat(32) })).toMatchObject({
      ENVIRONMENT: 'production',
      ALLOWED_ORIGINS: '',
      LLM_ALLOW_UNVERIFIED: false,
    });
    // Only local workers get the development values.
    expect(DEVELOPMENT_VARS.ALLOWED_ORIGINS).toContain('chrome-extension://*');
  });

  it('in production, a wildcard origin admits nothing and only the listed extension ids are answered', async () => {
    const list = 'chrome-extension://*,chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    expect(originAllowed('chrome-extension://zzzz', list, 'production')).toBe(false);
    expect(originAllowed('chrome-extension://abcdefghijklmnopabcdefghijklmnop', list, 'production')).toBe(true);
    expect(originAllowed('chrome-extension://zzzz', list, 'development')).toBe(true);

    const api = testApi({ ENVIRONMENT: 'production', PASSWORD_PEPPER: 'p'.repeat(32), ALLOWED_ORIGINS: list });
    const preflight = (origin: string) =>
      api.request('/v1/sync/push', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('chrome-extension://zzzz')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('chrome-extension://abcdefghijklmnopabcdefghijklmnop')).headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    );
  });
});
