/**
 * Pieces of board addresses, shared by the readers' `fromUrl` and `accepts`. The hosts
 * themselves are the site units' (shared/sites/<id>.ts: `matches` for job and careers pages,
 * `boardApi` for the API): what Jobsmith knows of a site is written there only.
 */

/** A board name in a path (Greenhouse token, Lever site, SmartRecruiters company, Workable account, Workday site). */
export const PATH_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** A board name that is a host label (Recruitee, Personio, Teamtailor, Workday tenant). */
export const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

// Subdomains an ATS keeps for itself: its own site, app and API, never a customer's board.
const RESERVED = new Set([
  'www',
  'api',
  'app',
  'apps',
  'help',
  'support',
  'status',
  'docs',
  'developer',
  'developers',
  'blog',
  'careers',
  'jobs',
  'cdn',
  'static',
  'mail',
]);

/** The path's segments, percent-decoded (a malformed escape keeps its raw text). */
export function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

/** The customer label in front of `suffix` ("acme" of acme.<ats>.com), or null (the ATS's own hosts, anything else). */
export function customerLabel(host: string, suffix: string): string | null {
  const lower = host.toLowerCase();
  if (!lower.endsWith(`.${suffix}`)) return null;
  const label = lower.slice(0, -suffix.length - 1);
  return HOST_LABEL.test(label) && !RESERVED.has(label) ? label : null;
}

/** The hosts of match patterns, in order: "https://*.x.com/o/*" gives "*.x.com". */
export function hostsOf(patterns: readonly string[] | undefined): string[] {
  return (patterns ?? []).map((p) => /^https?:\/\/([^/]+)\//.exec(p)?.[1] ?? '').filter(Boolean);
}

/** The suffixes of wildcard hosts ("*.x.com" gives "x.com"), in order. */
export function suffixesOf(patterns: readonly string[] | undefined): string[] {
  return hostsOf(patterns)
    .filter((h) => h.startsWith('*.'))
    .map((h) => h.slice(2));
}

/** The first of a unit's hosts, for the readers that need one by name (a unit without it fails its tests, not a user). */
export function firstOf(hosts: readonly string[]): string {
  return hosts[0] ?? '';
}
