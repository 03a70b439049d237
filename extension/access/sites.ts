import { MatchPattern } from 'wxt/utils/match-patterns';

// The extension stores: browsers let no extension script them, whatever it was granted.
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/** `https://careers.example.com` for a web page's address; null for anything else (chrome://, about:, file:, data:). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    // No port: match patterns cannot name one, and a permission for the host covers every port.
    return `${parsed.protocol}//${parsed.hostname}`;
  } catch {
    return null;
  }
}

/** The match pattern of a site's pages, as permissions.request and registerContentScripts take it. */
export const sitePattern = (site: string) => `${site}/*`;

export const hostOf = (site: string) => site.replace(/^https?:\/\//, '');

/** Pages no extension may read: the browser's own and the extension stores. */
export function isBrowserPage(url: string | undefined): boolean {
  return siteOf(url) === null || STORE_PAGES.some((page) => page.test(url ?? ''));
}

/** Whether one of the match patterns (a manifest's content scripts) covers the address. */
export function matchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => new MatchPattern(pattern).includes(url));
}
