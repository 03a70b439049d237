import { constantTimeEqual, fromBase64, hashPassword, PBKDF2_ITERATIONS, randomBytes, toBase64 } from './crypto.ts';

interface StoredPassword {
  passwordHash: string;
  passwordSalt: string;
  passwordIterations: number;
}

/** The columns a new or changed password is stored as: PBKDF2-SHA256 with a fresh per-user salt. */
export async function storedPassword(password: string): Promise<StoredPassword> {
  const salt = randomBytes(16);
  return {
    passwordHash: await hashPassword(password, salt, PBKDF2_ITERATIONS),
    passwordSalt: toBase64(salt),
    passwordIterations: PBKDF2_ITERATIONS,
  };
}

// Hashed against when the account is unknown, so a wrong email costs the same time as a wrong password.
const DUMMY_SALT = new Uint8Array(16);

/** Whether `password` is the account's; `stored` undefined (no such account) takes as long and is false. */
export async function passwordMatches(stored: StoredPassword | undefined, password: string): Promise<boolean> {
  const hash = await hashPassword(
    password,
    stored ? fromBase64(stored.passwordSalt) : DUMMY_SALT,
    stored?.passwordIterations ?? PBKDF2_ITERATIONS,
  );
  return stored !== undefined && constantTimeEqual(hash, stored.passwordHash);
}
