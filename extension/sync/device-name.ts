/** The account's device list names each device by its browser and system. */

/** "Chrome on Linux", for the account's device list. */
export function deviceName(userAgent: string): string {
  const browserName = /Firefox\//.test(userAgent) ? 'Firefox' : /Edg\//.test(userAgent) ? 'Edge' : 'Chrome';
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS X/.test(userAgent)
      ? 'macOS'
      : /CrOS/.test(userAgent)
        ? 'ChromeOS'
        : /Linux/.test(userAgent)
          ? 'Linux'
          : 'a computer';
  return `${browserName} on ${os}`;
}
