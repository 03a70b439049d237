/**
 * Whether `origin` is admitted by the ALLOWED_ORIGINS list (see env.ts for the syntax). A
 * `<scheme>://*` entry (any extension, for an unpacked one whose id varies) counts only outside
 * production: a deployed API answers the published extension ids alone, whatever its list says.
 */
export function originAllowed(origin: string, allowed: string, environment: string): boolean {
  if (!origin) return false;
  return allowed
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .some((entry) => {
      if (entry.endsWith('://*'))
        return environment !== 'production' && origin.startsWith(entry.slice(0, -1)) && origin.length > entry.length - 1;
      return entry === origin;
    });
}
