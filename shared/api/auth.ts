import { z } from 'zod';

export const SignUpRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(8, 'password must have at least 8 characters').max(200),
});
export const SignInRequest = SignUpRequest;

export const User = z.object({ id: z.string(), email: z.string() });

export const SessionResponse = z.object({
  user: User,
  /** Bearer token for the Authorization header. Store it where web pages cannot read it. */
  token: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
