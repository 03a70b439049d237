import fc from 'fast-check';
import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { edit } from './saved-job.ts';

/**
 * The requests fuzz.test.ts sends, as fast-check arbitraries: malformed, oversized and random
 * bodies, paths and headers, some of them valid bodies with one field made wrong. The fuzz user's
 * token and device id change as it signs itself back in, so a request names them by the
 * placeholders below, filled in when it is sent; a failing request prints readably with them.
 */

export const OWN_TOKEN = '__OWN_TOKEN__';
export const OWN_DEVICE = '__OWN_DEVICE__';
export const PASSWORD = 'correct horse battery';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface Route {
  method: string;
  path: string;
}

const ALPHABET = 'abcXYZ019_-.~/%?#&=+ \\"\'<>{}[]éß日本🙂\u0000\u0007\u200b\ud800';
/** Code units, not code points: the emoji's halves come out alone too, as lone surrogates. */
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom(...ALPHABET.split('')), maxLength });

const HUGE = 'x'.repeat(300_000);
const STRINGS = ['', ' ', 'null', '0', '-1', '1e309', 'NaN', '__proto__', 'constructor', '../../etc/passwd', '<script>', HUGE];
const NUMBERS = [0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER];

/** Field names the routes read, so random objects get past the first check sometimes. */
export const FIELD_NAMES = [
  'email',
  'password',
  'deviceName',
  'refreshToken',
  'changes',
  'opId',
  'entity',
  'record',
  'id',
  'clocks',
  'updatedAt',
  'createdAt',
  'deletedAt',
  'profile',
  'job',
  'question',
  'provider',
  '__proto__',
];

/** Strings a client may well send inside otherwise valid records, and Postgres text and jsonb refuse (NUL, a lone surrogate). */
export const HOSTILE = ['\u0000', '\ud800', 'a\u0000b', '\udfff\ud800', '\u0007\u001b[31m', '\ufeff'];

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...NUMBERS),
  fc.oneof({ arbitrary: fc.constantFrom(...STRINGS), weight: 1 }, { arbitrary: text(40), weight: 4 }),
  text(8),
);

/** A JSON value of any type, nested a little; objects built with fromEntries, so `__proto__` is an own key. */
const { value: jsonValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(
        fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...FIELD_NAMES), weight: 9 }, { arbitrary: text(6), weight: 1 }), tie('value')),
        {
          maxLength: 4,
        },
      )
      .map((entries) => Object.fromEntries(entries)),
  ),
}));

/** A correctly stamped push of a job whose title and company carry HOSTILE strings: only the strings are wrong. */
export function hostilePush(title: string, company = title) {
  const saved = newSavedJob(sampleCapture({ title: `Engineer ${title}`, company, descriptionHtml: '<p>Go</p>' }), Date.now());
  return { changes: [{ opId: newId(), entity: 'job', record: edit(undefined, saved.job) }] };
}

const hostile = fc.constantFrom(...HOSTILE);
const fuzzEmail = fc.nat(1e9).map((n) => `fuzz-${n}@example.com`);
const job = sampleCapture({ title: 'Engineer', company: 'Acme', descriptionHtml: '<p>Go</p>' });

/** Valid bodies for each route, to mutate one field at a time into something wrong. */
const validBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(hostile, hostile).map(([title, company]) => hostilePush(title, company)),
  fc.record({ email: fuzzEmail, password: fc.constant(PASSWORD), deviceName: hostile }),
  fc.record({ email: fuzzEmail, password: fc.constant(PASSWORD), deviceName: fc.constant('Fuzz') }),
  fc.constant({ refreshToken: 'r'.repeat(43) }),
  fc.constant({ password: 'not the password' }),
  fc.constant({ changes: [{ opId: '01J00000000000000000000000', entity: 'job', record: { ...job, id: 'x', clocks: {} } }] }),
  fc.constant({ profile: BACKEND_ENGINEER, job, provider: 'offline' }),
  fc.constant({ profile: BACKEND_ENGINEER, job, question: 'Why?', provider: 'offline' }),
);

/** The value with one place in it made wrong: an element or a field replaced (or a field dropped), at some depth. */
function mutated(value: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (Array.isArray(value) && value.length > 0) {
    const element = fc.nat(value.length - 1).chain((i) => mutated(value[i], depth + 1).map((v) => value.with(i, v)));
    return fc.oneof({ arbitrary: jsonValue, weight: 3 }, { arbitrary: element, weight: 7 });
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    return fc.constantFrom(...(keys.length ? keys : ['x'])).chain((key) => {
      const { [key]: _, ...without } = record;
      const replacement = depth > 2 ? jsonValue : fc.oneof(jsonValue, mutated(record[key], depth + 1));
      return fc.oneof(
        { arbitrary: fc.constant(without), weight: 2 },
        { arbitrary: replacement.map((v) => ({ ...record, [key]: v })), weight: 8 },
      );
    });
  }
  return jsonValue;
}

const mutatedBody = validBody.chain((body) => mutated(body));

/** A body of some kind: JSON of the wrong shape, broken JSON, bytes that are not UTF-8, too much of it. */
const body: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
  { arbitrary: jsonValue.map((v) => JSON.stringify(v) ?? ''), weight: 1 },
  { arbitrary: validBody.map((v) => JSON.stringify(v)), weight: 1 },
  { arbitrary: mutatedBody.map((v) => JSON.stringify(v) ?? ''), weight: 2 },
  { arbitrary: fc.tuple(mutatedBody, fc.nat(59)).map(([v, n]) => (JSON.stringify(v) ?? '').slice(0, n)), weight: 1 },
  {
    // Deep nesting, for parsers that recurse.
    arbitrary: fc
      .tuple(fc.boolean(), fc.constantFrom(100, 5_000, 100_000))
      .map(([array, levels]) => (array ? `${'['.repeat(levels)}${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`)),
    weight: 1,
  },
  {
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 200,
      })
      .map((bytes) => Uint8Array.from(bytes)),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(`{"pad":"${'y'.repeat(1_100_000)}"}`, JSON.stringify({ email: HUGE, password: HUGE, changes: HUGE })),
    weight: 1,
  },
  { arbitrary: text(200), weight: 1 },
  { arbitrary: fc.constant(''), weight: 1 },
);

/** Percent-encodes for a URL, with lone surrogates (which have no UTF-8) made U+FFFD; malformed escapes are added on purpose elsewhere. */
export function encode(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
}

const BAD_ESCAPES = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00'];
const badEscape = fc.constantFrom(...BAD_ESCAPES);
/** Mostly well encoded, now and then a malformed escape. */
const encoded = (value: fc.Arbitrary<string>) => fc.oneof({ arbitrary: badEscape, weight: 1 }, { arbitrary: value.map(encode), weight: 9 });
const sometimes = <T>(chance: number, value: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 100 - chance }, { arbitrary: value, weight: chance });

const query = fc
  .array(
    fc.tuple(
      fc.oneof({ arbitrary: fc.constantFrom('after', 'limit', 'x', ''), weight: 4 }, { arbitrary: text(4).map(encode), weight: 1 }),
      encoded(scalar.map(String)),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((params) => `?${params.map(([k, v]) => `${k}=${v}`).join('&')}`);

/** A served route's path with its `{id}` filled (the user's own device, or something else) and now and then a query or a tail. */
function routePath(path: string): fc.Arbitrary<string> {
  const id = encoded(
    fc.oneof(
      { arbitrary: fc.constantFrom(OWN_DEVICE, HUGE.slice(0, 5000), '..', '01J00000000000000000000000'), weight: 4 },
      { arbitrary: text(10), weight: 1 },
    ),
  );
  return fc
    .record({ id, query: sometimes(30, query), tail: sometimes(5, fc.constantFrom('/', '//', '/extra', '%2F..', ';x')) })
    .map(({ id, query, tail }) => `${path.replace('{id}', () => id)}${query ?? ''}${tail ?? ''}`);
}

/** A path that is no route, or half of one. */
const strayPath = fc.oneof(
  text(12).map((t) => `/v1/${encode(t)}`),
  badEscape.map((e) => `/v1/auth/${e}`),
  text(8).map((t) => `/v1/sync/${encode(t)}`),
  fc.nat(499).map((n) => `/${'a/'.repeat(n)}`),
  fc.nat(9_999).map((n) => `/v1/auth/devices/${'x'.repeat(n)}`),
  fc.constantFrom('/openapi.json', '/health/db'),
);

const authorization = fc.oneof(
  { arbitrary: fc.constant(`Bearer ${OWN_TOKEN}`), weight: 3 },
  {
    arbitrary: fc.oneof(fc.constant('x'.repeat(43)), text(60), fc.constant('a'.repeat(5000)), fc.constant('')).map((t) => `Bearer ${t}`),
    weight: 1,
  },
  { arbitrary: fc.constantFrom('Basic Zm9vOmJhcg==', 'Bearer', 'bearer  x', OWN_TOKEN), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 5 },
  {
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'garbage',
    ),
    weight: 3,
  },
  { arbitrary: fc.constant(undefined), weight: 2 },
);

const syncSchema = fc.oneof(
  { arbitrary: fc.constant(String(SYNC_SCHEMA_VERSION)), weight: 2 },
  { arbitrary: fc.constantFrom('1', '99', '-1', 'abc', '1'.repeat(400), ''), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const headers = fc
  .record({
    authorization,
    'content-type': contentType,
    [SYNC_SCHEMA_HEADER]: syncSchema,
    'x-provider': sometimes(20, fc.oneof(fc.constantFrom('anthropic', 'openai', 'offline'), text(5))),
    'x-provider-key': sometimes(20, fc.constantFrom('sk-test', '', 'k'.repeat(600))),
    accept: sometimes(20, fc.constantFrom('text/event-stream', '*/*', 'application/xml')),
    'cf-connecting-ip': sometimes(20, fc.oneof(fc.constantFrom('203.0.113.7', '::1', ''), text(20))),
    origin: sometimes(10, fc.constantFrom('chrome-extension://abc', 'https://evil.example', 'null')),
    'x-request-id': sometimes(5, fc.constantFrom('a'.repeat(300), 'id with spaces', '')),
  })
  .map((all) =>
    Object.fromEntries(
      Object.entries(all)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        // Fetch refuses to send header values outside Latin-1, so send what a client could: printable ASCII and Latin-1 bytes.
        .map(([name, value]) => [name, value.replace(/[^\x20-\x7e\xa0-\xff]/g, '\xe9')]),
    ),
  );

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

/** A request to a served route (mostly by its own method) or to a path that is none, with random headers and, mostly, a body. */
export function fuzzRequest(routes: Route[]): fc.Arbitrary<FuzzRequest> {
  const toRoute = fc
    .constantFrom(...routes)
    .chain((route) =>
      fc.tuple(
        fc.oneof({ arbitrary: fc.constant(route.method), weight: 4 }, { arbitrary: fc.constantFrom(...METHODS), weight: 1 }),
        routePath(route.path),
      ),
    );
  const elsewhere = fc.tuple(fc.constantFrom(...METHODS), strayPath);
  return fc
    .record({
      target: fc.oneof({ arbitrary: toRoute, weight: 85 }, { arbitrary: elsewhere, weight: 15 }),
      headers,
      body: sometimes(90, body),
    })
    .map(({ target: [method, path], headers, body }) => ({
      method,
      path,
      headers,
      ...(method !== 'GET' && method !== 'HEAD' && body !== undefined ? { body } : {}),
    }));
}
