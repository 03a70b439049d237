import { describe, expect, it } from 'vitest';
import type { ErrorBody, SignUpPending } from '../../shared/api/auth.ts';
import { parseEnv } from '../src/env.ts';
import { fromBase64, hashPassword, PBKDF2_ITERATIONS, randomBytes, toBase64 } from '../src/lib/crypto.ts';
import { json, openConfirmationLink, signUp, testApi, withSql } from './harness.ts';

const PASSWORD = 'correct horse battery';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

describe('sign-in does not tell who has an account', () => {
  it('takes as long for an unknown email as for a known one with a wrong password (medians within 20 %)', async () => {
    const api = testApi();
    const { email } = await signUp(api);
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    const time = async (address: string) => {
      const start = performance.now();
      const res = await api.request('/v1/auth/signin', json({ email: address, password: 'wrong password' }));
      const ms = performance.now() - start;
      expect(res.status).toBe(401);
      return ms;
    };
    for (let i = 0; i < 3; i++) await Promise.all([time(email), time(unknown)]);
    const known: number[] = [];
    const nobody: number[] = [];
    // Interleaved, so a noisy moment on the shared machine lands on both sides alike.
    for (let i = 0; i < 25; i++) {
      if (i % 2 === 0) {
        known.push(await time(email));
        nobody.push(await time(unknown));
      } else {
        nobody.push(await time(unknown));
        known.push(await time(email));
      }
    }
    const ratio = median(nobody) / median(known);
    console.log(`sign-in timing: known ${median(known).toFixed(1)} ms, unknown ${median(nobody).toFixed(1)} ms, ratio ${ratio.toFixed(3)}`);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  });
});

describe('passwords: peppered, versioned, rehashed on sign-in', () => {
  it('stores the current format: PBKDF2 at the Workers cap over an HMAC with the pepper, which the database alone cannot check', async () => {
    // Cloudflare refuses PBKDF2 above 100,000 iterations in deployed Workers (see lib/crypto.ts).
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    const { user } = await signUp(testApi());
    const [row] = await withSql((sql) => sql`select password_hash, password_salt, password_iterations from users where id = ${user.id}`);
    expect(row?.password_iterations).toBe(100_000);
    expect(row?.password_hash).toMatch(/^v2\$[A-Za-z0-9+/]{43}=$/);
    const unpeppered = await hashPassword(new Uint8Array(new TextEncoder().encode(PASSWORD)), fromBase64(row?.password_salt), 100_000);
    expect(row?.password_hash).not.toBe(`v2$${unpeppered}`);
  });

  it('uses the worker secret: another pepper does not sign in', async () => {
    const pepper = (ch: string) => ({ PASSWORD_PEPPER: ch.repeat(40) });
    const { email } = await signUp(testApi(pepper('a')));
    expect((await testApi(pepper('a')).request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(200);
    expect((await testApi(pepper('b')).request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(401);
  });

  it('rewrites an older hash (v1: no pepper, fewer iterations) when its owner signs in, and only with the right password', async () => {
    const api = testApi();
    const { email, user } = await signUp(api);
    const salt = randomBytes(16);
    const legacy = await hashPassword(new Uint8Array(new TextEncoder().encode(PASSWORD)), salt, 50_000);
    await withSql(
      (sql) =>
        sql`update users set password_hash = ${legacy}, password_salt = ${toBase64(salt)}, password_iterations = 50000 where id = ${user.id}`,
    );
    expect((await api.request('/v1/auth/signin', json({ email, password: 'wrong password' }))).status).toBe(401);
    const unchanged = await withSql((sql) => sql`select password_hash from users where id = ${user.id}`);
    expect(unchanged[0]?.password_hash).toBe(legacy);

    expect((await api.request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(200);
    const [row] = await withSql((sql) => sql`select password_hash, password_iterations from users where id = ${user.id}`);
    expect(row?.password_hash).toMatch(/^v2\$/);
    expect(row?.password_iterations).toBe(100_000);
    expect((await api.request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(200);
  });

  it('a production worker without PASSWORD_PEPPER refuses to start, naming it', () => {
    const base = { HYPERDRIVE: { connectionString: 'postgres://x' }, ENVIRONMENT: 'production' };
    expect(() => parseEnv(base)).toThrow(/PASSWORD_PEPPER/);
    expect(() => parseEnv({ ...base, PASSWORD_PEPPER: 'short' })).toThrow(/PASSWORD_PEPPER/);
    expect(parseEnv({ ...base, PASSWORD_PEPPER: 'p'.repeat(32) }).PASSWORD_PEPPER).toBe('p'.repeat(32));
  });
});

/** A stand-in for the send_email binding that keeps what it was asked to send. */
function fakeMail() {
  const sent: Array<{ from: string; to: string; subject: string; text: string }> = [];
  return { sent, binding: { send: async (m: (typeof sent)[number]) => void sent.push(m) } };
}

function mailApi(mail = fakeMail()) {
  const api = testApi({ MAIL_FROM: 'accounts@jobsmith.test', EMAIL: mail.binding as unknown as string });
  return { api, mail };
}

const linkIn = (text: string | undefined) => /https?:\/\/\S+\/v1\/auth\/confirm\?token=[A-Za-z0-9_-]+/.exec(text ?? '')?.[0] ?? '';

describe('sign-up with a mail binding: confirm by email, and never say whether the address has an account', () => {
  it('answers a new address and a taken one the same way; the owner of a taken one gets an email instead', async () => {
    const { api, mail } = mailApi();
    const email = `new-${crypto.randomUUID()}@example.com`;
    const first = await api.request('/v1/auth/signup', json({ email, password: PASSWORD }));
    expect(first.status).toBe(202);
    const firstBody = (await first.json()) as SignUpPending;
    expect(firstBody).toEqual({ status: 'confirmation_sent', email });
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]).toMatchObject({ from: 'accounts@jobsmith.test', to: email, subject: 'Confirm your Jobsmith account' });

    // Not usable before the link is opened (and only the password's holder learns why).
    const early = await api.request('/v1/auth/signin', json({ email, password: PASSWORD }));
    expect(early.status).toBe(403);
    expect(((await early.json()) as ErrorBody).error.code).toBe('email_unconfirmed');

    const link = linkIn(mail.sent[0]?.text);
    // Opening the link (as a mail scanner does) confirms nothing: its page asks for the password.
    const url = new URL(link);
    const form = await api.request(url.pathname + url.search);
    expect(form.status).toBe(200);
    expect(await form.text()).toMatch(/<form method="post" action="\/v1\/auth\/confirm">/);
    expect((await api.request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(403);
    expect((await openConfirmationLink(api, link, 'a guess')).status).toBe(400);
    const opened = await openConfirmationLink(api, link, PASSWORD);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toMatch(/Email confirmed/);
    expect((await api.request(url.pathname + url.search)).status).toBe(400);
    expect((await api.request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(200);
    const [row] = await withSql((sql) => sql`select email_verified_at from users where email = ${email}`);
    expect(row?.email_verified_at).not.toBeNull();

    // Someone signs up with the now taken address: the same answer, an email to its owner, nothing changed.
    const again = await api.request('/v1/auth/signup', json({ email, password: 'another password' }));
    expect(again.status).toBe(first.status);
    expect(await again.json()).toEqual(firstBody);
    expect(mail.sent[1]).toMatchObject({ to: email, subject: 'You already have a Jobsmith account' });
    expect(linkIn(mail.sent[1]?.text)).toBe('');
    expect((await api.request('/v1/auth/signin', json({ email, password: 'another password' }))).status).toBe(401);
    expect((await api.request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(200);
  });

  it("a stranger's sign-up with someone's address cannot take it, whichever link its owner opens", async () => {
    const { api, mail } = mailApi();
    const email = `pending-${crypto.randomUUID()}@example.com`;
    // The stranger signs up first and again after the owner: both links land in the owner's inbox.
    await api.request('/v1/auth/signup', json({ email, password: 'squatter password' }));
    await api.request('/v1/auth/signup', json({ email, password: PASSWORD }));
    await api.request('/v1/auth/signup', json({ email, password: 'squatter password 2' }));
    const [first, own, last] = mail.sent.map((m) => linkIn(m.text));
    // The owner opens the stranger's links first: each asks for its sign-up's password, which the owner does not know.
    expect((await openConfirmationLink(api, last ?? '', PASSWORD)).status).toBe(400);
    expect((await openConfirmationLink(api, first ?? '', PASSWORD)).status).toBe(400);
    expect((await openConfirmationLink(api, own ?? '', PASSWORD)).status).toBe(200);
    // Confirmed with the owner's password; the stranger's links and passwords are dead.
    expect((await openConfirmationLink(api, last ?? '', 'squatter password 2')).status).toBe(400);
    for (const password of ['squatter password', 'squatter password 2'])
      expect((await api.request('/v1/auth/signin', json({ email, password }))).status).toBe(401);
    expect((await api.request('/v1/auth/signin', json({ email, password: PASSWORD }))).status).toBe(200);
  });

  it('a mail that cannot be sent is a 503 that names no address', async () => {
    const failing = { sent: [], binding: { send: async () => Promise.reject(new Error('to someone@example.com: refused')) } };
    const { api } = mailApi(failing as unknown as ReturnType<typeof fakeMail>);
    const res = await api.request('/v1/auth/signup', json({ email: `x-${crypto.randomUUID()}@example.com`, password: PASSWORD }));
    expect(res.status).toBe(503);
    expect(JSON.stringify(await res.json())).not.toMatch(/example\.com/);
  });
});
