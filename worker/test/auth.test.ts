import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { bearer, json, signUp, testApi, withSql } from './harness.ts';

const api = testApi();

describe('accounts', () => {
  it('signs up, signs in, and knows who is signed in', async () => {
    const { email, token, user } = await signUp(api);
    const me = await api.request('/v1/auth/me', bearer(token));
    expect(await me.json()).toEqual({ user: { id: user.id, email } });

    const again = await api.request('/v1/auth/signin', json({ email: email.toUpperCase(), password: 'correct horse battery' }));
    expect(again.status).toBe(200);
  });

  it('refuses a second account with the same email', async () => {
    const { email } = await signUp(api);
    const res = await api.request('/v1/auth/signup', json({ email, password: 'another password' }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'email_taken' } });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const { email } = await signUp(api);
    const wrong = await api.request('/v1/auth/signin', json({ email, password: 'wrong password' }));
    const unknown = await api.request('/v1/auth/signin', json({ email: `nobody-${email}`, password: 'wrong password' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = async (res: Response) => ((await res.json()) as ErrorBody).error.message;
    expect(await message(wrong)).toBe(await message(unknown));
  });

  it('stores only a salted PBKDF2 hash of the password and a hash of the token', async () => {
    const { email, token } = await signUp(api);
    const [row] = await withSql(
      (sql) =>
        sql`select u.password_hash, u.password_iterations, s.token_hash from users u join sessions s on s.user_id = u.id where u.email = ${email}`,
    );
    expect(row?.password_hash).not.toContain('correct horse');
    expect(row?.password_iterations).toBe(100_000);
    expect(row?.token_hash).not.toBe(token);
  });

  it('signing out revokes the token', async () => {
    const { token } = await signUp(api);
    expect((await api.request('/v1/auth/signout', { method: 'POST', ...bearer(token) })).status).toBe(200);
    expect((await api.request('/v1/auth/me', bearer(token))).status).toBe(401);
  });
});
