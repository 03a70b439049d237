import { SITE_MATCHES } from '../../shared/sites/registry.ts';

/**
 * Where Jobsmith reads jobs and fills forms without asking: every site unit's pages. Any other
 * career page or ATS is read on demand (the user's click grants activeTab) or, when the user
 * asks for "Always on this site", through that origin's optional host permission.
 */
export const SUPPORTED_SITE_MATCHES: readonly string[] = SITE_MATCHES;

/** Lets development and e2e builds read fixture pages served on this machine; never in production. */
export const LOCAL_DEV_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

export const OPTIONAL_HOST_MATCHES = ['https://*/*', 'http://*/*'] as const;
