/**
 * WebExtension match patterns ("https://*.example.com/jobs/*") tested against a URL the way the
 * browser does, so one list serves the manifest and the code that picks a site's reader.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export interface CompiledPattern {
  scheme: string;
  host: RegExp;
  path: RegExp;
}

export function compilePattern(pattern: string): CompiledPattern {
  const parts = PATTERN.exec(pattern);
  if (!parts) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = parts;
  const hostRe =
    host === '*'
      ? /^.*$/
      : host.startsWith('*.')
        ? new RegExp(`^(?:.+\\.)?${escapeRegExp(host.slice(2))}$`, 'i')
        : new RegExp(`^${escapeRegExp(host)}$`, 'i');
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return { scheme, host: hostRe, path: pathRe };
}

export function patternMatches(compiled: CompiledPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (compiled.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== compiled.scheme) return false;
  // The browser matches the path with its query string.
  return compiled.host.test(url.hostname) && compiled.path.test(url.pathname + url.search);
}

/** The origin pattern of a page ("https://jobs.example.com/*"): what "Always on this site" asks for. */
export function originPattern(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}
