import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { emailConfirmations, users } from '../db/schema/index.ts';
import type { MailBinding } from '../env.ts';
import { newToken, sha256 } from './crypto.ts';
import { ApiError } from './errors.ts';
import { checkPassword, type StoredPassword } from './passwords.ts';

/** A confirmation link works this long. */
export const CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

export interface Mailer {
  mail: MailBinding;
  from: string;
  /** The API's own origin, which the link points at (GET /v1/auth/confirm). */
  origin: string;
}

async function send(mailer: Mailer, to: string, subject: string, text: string): Promise<void> {
  try {
    await mailer.mail.send({ from: mailer.from, to, subject, text });
  } catch {
    // The binding's error may carry the address; the answer and the log say only that it failed.
    throw new ApiError(503, 'mail_failed', 'the confirmation email could not be sent; try again in a few minutes');
  }
}

/**
 * Emails `email` a link that confirms the account `userId` owns it. `password` is the password of
 * the sign-up that asked for the link: the link confirms that sign-up only, for whoever knows it.
 */
export async function sendConfirmation(
  db: Db,
  mailer: Mailer,
  user: { id: string; email: string },
  now: number,
  password?: StoredPassword,
): Promise<void> {
  const token = newToken();
  await db
    .insert(emailConfirmations)
    .values({ tokenHash: await sha256(token), userId: user.id, expiresAt: new Date(now + CONFIRMATION_TTL_MS), ...password });
  const link = new URL(`/v1/auth/confirm?token=${token}`, mailer.origin).toString();
  await send(
    mailer,
    user.email,
    'Confirm your Jobsmith account',
    `Open this link to confirm that this address is yours (it works for 24 hours). It asks for the password you chose in Jobsmith:\n\n${link}\n\nThen sign in from Jobsmith's Settings. If you did not ask for this, ignore this email: nothing happens without the link and that password.`,
  );
}

/** What a sign-up with an address that has a confirmed account sends, instead of telling the person signing up. */
export async function sendAlreadyRegistered(mailer: Mailer, email: string): Promise<void> {
  await send(
    mailer,
    email,
    'You already have a Jobsmith account',
    "Someone, maybe you, tried to create a Jobsmith account with this address, which already has one. To use it, sign in from Jobsmith's Settings with your password. If it was not you, you need do nothing: your account is unchanged.",
  );
}

/** A link's confirmation, or null when its token is unknown or expired. */
async function pendingConfirmation(db: Db, token: string, now: number) {
  const [found] = await db
    .select()
    .from(emailConfirmations)
    .where(and(eq(emailConfirmations.tokenHash, await sha256(token)), gt(emailConfirmations.expiresAt, new Date(now))))
    .limit(1);
  return found ?? null;
}

/** Whether a link still works (its page then asks for the password). */
export async function confirmationOpen(db: Db, token: string, now: number): Promise<boolean> {
  return (await pendingConfirmation(db, token, now)) !== null;
}

/**
 * Confirms the address a link was sent to, for the person who knows the password of the sign-up
 * that sent it (or, for a link that confirms an open account, the account's password); that
 * password becomes the account's. 'expired' for an unknown or used token, 'wrong-password' else.
 */
export async function confirmEmail(
  db: Db,
  token: string,
  password: string,
  pepper: string,
  now: number,
): Promise<'confirmed' | 'expired' | 'wrong-password'> {
  const found = await pendingConfirmation(db, token, now);
  const [user] = found ? await db.select().from(users).where(eq(users.id, found.userId)).limit(1) : [];
  const pending: StoredPassword | undefined =
    found?.passwordHash && found.passwordSalt && found.passwordIterations
      ? { passwordHash: found.passwordHash, passwordSalt: found.passwordSalt, passwordIterations: found.passwordIterations }
      : undefined;
  // Hashed whatever was found, so the answer's time does not tell a live link from a dead one.
  const check = await checkPassword(pending ?? user, password, pepper);
  if (!found || !user) return 'expired';
  if (!check.ok) return 'wrong-password';
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...pending, emailVerifiedAt: new Date(now), awaitingConfirmation: false })
      .where(eq(users.id, found.userId));
    await tx.delete(emailConfirmations).where(eq(emailConfirmations.userId, found.userId));
  });
  return 'confirmed';
}
