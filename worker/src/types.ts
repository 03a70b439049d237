import type { Db } from './db/client.ts';
import type { Env } from './env.ts';

export interface AuthedUser {
  id: string;
  email: string;
  sessionId: string;
  /** The address was confirmed by a link sent to it: what spending the worker's provider keys needs. */
  emailVerified: boolean;
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Opened on first use by a route and closed when the response is ready. */
    db: () => Db;
    user: AuthedUser;
    /** The clock (epoch ms); tests pass their own to createApp to move time without sleeping. */
    now: () => number;
  };
}
