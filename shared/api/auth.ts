import { z } from 'zod';

/**
 * The account API's wire format (issue 7). Access tokens are short-lived bearer tokens;
 * refresh tokens rotate on every use (a reused one revokes its device's session) and are
 * stored hashed on the server. Each sign-in is a device the user can see and sign out.
 */

export const ACCESS_TOKEN_TTL_MS = 15 * 60 * 1000;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const DeviceName = z.string().trim().min(1).max(100);

export const SignUpRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(8, 'password must have at least 8 characters').max(200),
  /** Shown in the device list ("Chrome on Linux"). */
  deviceName: DeviceName.default('Browser'),
});
export const SignInRequest = SignUpRequest;

export const User = z.object({ id: z.string(), email: z.string() });
/** GET /v1/auth/me */
export const MeResponse = z.object({ user: User });

/** The answer of a route that answers 204 with no body (the client reads it as null). */
export const NoContent = z.null();

/** The answer of the sign-out routes. */
export const Ok = z.object({ ok: z.literal(true) });

/** Device ids are ULIDs; anything outside this alphabet (a NUL byte, which Postgres text refuses) cannot name one. */
export const DeviceParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'not a device id') });

/** The link in a confirmation email opens a page (GET /v1/auth/confirm); its form posts the token and the password back. */
export const ConfirmQuery = z.object({ token: z.string().max(200).describe('The token of the link in the email') });
export const ConfirmForm = z.object({ token: z.string().max(200), password: z.string().min(1).max(200) });
/** What the confirmation routes answer: a page for a person, not JSON. */
export const HtmlPage = z.string().describe('An HTML page');

export const SessionResponse = z.object({
  user: User,
  /** Bearer token for the Authorization header; expires at `accessExpiresAt` (epoch ms). */
  accessToken: z.string(),
  accessExpiresAt: z.number().int(),
  /** Trade it for a new pair at POST /v1/auth/refresh; it works once. Store it where web pages cannot read it. */
  refreshToken: z.string(),
  device: z.object({ id: z.string(), name: z.string() }),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

/**
 * Sign-up's answer where the server confirms addresses by email (a mail binding is set): the
 * same for a new address and one that has an account, so sign-up never tells who has one.
 * The link in the email confirms the account; then the user signs in.
 */
export const SignUpPending = z.object({ status: z.literal('confirmation_sent'), email: z.string() });
export type SignUpPending = z.infer<typeof SignUpPending>;

export const RefreshRequest = z.object({ refreshToken: z.string().min(1).max(200) });

export const Device = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int(),
  /** The device making this request. */
  current: z.boolean(),
});
export type Device = z.infer<typeof Device>;
export const DevicesResponse = z.object({ devices: z.array(Device) });

/** Deleting the account asks for the password again. */
export const DeleteAccountRequest = z.object({ password: z.string().min(1).max(200) });

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
