/** Whether `origin` is admitted by the ALLOWED_ORIGINS list (see env.ts for the syntax). */
export function originAllowed(origin: string, allowed: string): boolean {
  if (!origin) return false;
  return allowed
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .some((entry) => {
      if (entry.endsWith('://*')) return origin.startsWith(entry.slice(0, -1)) && origin.length > entry.length - 1;
      return entry === origin;
    });
}
