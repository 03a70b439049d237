/**
 * The sync server's address as the user may set it: http(s) only, no credentials, query or
 * fragment; a production build talks to other computers over https only (this computer, the
 * loopback address, may use http: it is where a self-hoster runs `npm start`).
 */
export function checkApiUrl(input: string, production: boolean): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The server address must start with https://.');
  if (url.username || url.password) throw new Error('The server address must not contain a user name or password.');
  if (url.search || url.hash) throw new Error('The server address must not contain "?" or "#".');
  if (production && url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new Error('The server must use https:// (http:// is accepted only for this computer: localhost or 127.0.0.1).');
  }
  return url.href.replace(/\/+$/, '');
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
