import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/api/auth.ts';
import { openApiPaths } from './app-routes.ts';
import { bearer, signUp, testApi } from './harness.ts';

const api = testApi();

async function expectClientError(res: Response, label: string) {
  expect(res.status, `${label}: ${res.status}`).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  const body = await res.json();
  expect(ErrorBody.safeParse(body).success, `${label}: ${JSON.stringify(body)}`).toBe(true);
}

/** Requests no client should send, for each kind of route input. */
function malformedVariants(token: string): Array<[string, RequestInit]> {
  const auth = { authorization: `Bearer ${token}` };
  return [
    ['not JSON', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"email": ' }],
    ['JSON of the wrong shape', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '[1,2,3]' }],
    [
      'wrong field types',
      { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"email":5,"password":[],"changes":"x"}' },
    ],
    ['no content type', { method: 'POST', headers: auth, body: 'email=a' }],
    ['too large', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: `{"pad":"${'x'.repeat(1_100_000)}"}` }],
  ];
}

describe('malformed requests get a 4xx in the one error shape', () => {
  let token = '';
  beforeAll(async () => {
    token = (await signUp(api)).token;
  });
  const paths = openApiPaths<{ requestBody?: unknown; parameters?: unknown[] }>(api.app);

  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      it(`${method.toUpperCase()} ${path}`, async () => {
        if (op.requestBody) {
          for (const [label, init] of malformedVariants(token)) {
            await expectClientError(await api.request(path, { ...init, method: method.toUpperCase() }), `${path} ${label}`);
          }
        }
        if (op.parameters?.length) {
          await expectClientError(await api.request(`${path}?after=-1&limit=abc`, bearer(token)), `${path} bad query`);
        }
        // Every route also refuses a method it does not serve with a JSON error.
        await expectClientError(await api.request(path, { method: 'PATCH' }), `${path} wrong method`);
      });
    }
  }

  it('unknown paths', async () => {
    await expectClientError(await api.request('/v1/nope'), 'unknown path');
  });

  it('a bad or missing token on a protected route', async () => {
    await expectClientError(await api.request('/v1/sync/pull'), 'no token');
    await expectClientError(await api.request('/v1/sync/pull', bearer('x'.repeat(43))), 'unknown token');
    await expectClientError(await api.request('/v1/sync/pull', { headers: { authorization: 'Basic abc' } }), 'wrong scheme');
  });
});
