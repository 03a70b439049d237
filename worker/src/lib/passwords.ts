import type { Env } from '../env.ts';
import { constantTimeEqual, fromBase64, hashPassword, hmacSha256, PBKDF2_ITERATIONS, randomBytes, toBase64 } from './crypto.ts';

/**
 * Stored password hashes, by format version:
 * - v1 (a bare base64 hash, from before peppering): PBKDF2-SHA256(password, salt, iterations).
 * - v2 (`v2$<base64>`): PBKDF2-SHA256(HMAC-SHA256(pepper, password), salt, iterations). The
 *   pepper is a worker secret, never in the database, so a stolen copy of the users table
 *   cannot be guessed against without it too.
 * A sign-in with the right password rewrites an older format, or fewer iterations, as the current one.
 */
export interface StoredPassword {
  passwordHash: string;
  passwordSalt: string;
  passwordIterations: number;
}

const CURRENT = 'v2';

/** Development and tests have no secret; production refuses to start without PASSWORD_PEPPER (env.ts). */
const DEVELOPMENT_PEPPER = 'jobsmith development pepper: not a secret, never used in production';

export function pepperOf(env: Pick<Env, 'PASSWORD_PEPPER'>): string {
  return env.PASSWORD_PEPPER ?? DEVELOPMENT_PEPPER;
}

async function derive(version: 'v1' | 'v2', password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, pepper: string) {
  const secret = version === 'v2' ? await hmacSha256(pepper, password) : new Uint8Array(new TextEncoder().encode(password));
  return hashPassword(secret, salt, iterations);
}

/** The columns a new or changed password is stored as: the current format with a fresh per-user salt. */
export async function storedPassword(password: string, pepper: string): Promise<StoredPassword> {
  const salt = randomBytes(16);
  return {
    passwordHash: `${CURRENT}$${await derive(CURRENT, password, salt, PBKDF2_ITERATIONS, pepper)}`,
    passwordSalt: toBase64(salt),
    passwordIterations: PBKDF2_ITERATIONS,
  };
}

// Hashed against when the account is unknown, so a wrong email costs the same time as a wrong password.
const DUMMY_SALT = new Uint8Array(16);

export interface PasswordCheck {
  ok: boolean;
  /** The right password, stored in an older format or with fewer iterations: store storedPassword() anew. */
  outdated: boolean;
}

/**
 * Whether `password` is the account's. `stored` undefined (no such account) runs the same
 * derivation against a dummy salt, so it takes as long, and is false.
 */
export async function checkPassword(stored: StoredPassword | undefined, password: string, pepper: string): Promise<PasswordCheck> {
  const [version, hash] = stored?.passwordHash.startsWith('v2$') ? ['v2', stored.passwordHash.slice(3)] : ['v1', stored?.passwordHash];
  const derived = await derive(
    stored ? (version as 'v1' | 'v2') : CURRENT,
    password,
    stored ? fromBase64(stored.passwordSalt) : DUMMY_SALT,
    stored?.passwordIterations ?? PBKDF2_ITERATIONS,
    pepper,
  );
  const ok = stored !== undefined && hash !== undefined && constantTimeEqual(derived, hash);
  return { ok, outdated: ok && (version !== CURRENT || (stored?.passwordIterations ?? 0) < PBKDF2_ITERATIONS) };
}
