import { describe, expect, it } from 'vitest';
import { clientKey } from '../src/lib/client-ip.ts';

describe('clientKey: the client a per-address limit counts', () => {
  it('is the address for IPv4, and an IPv4 address written as IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('is the /64 for IPv6, however the address is written', () => {
    const key = '2001:db8:1:2::/64';
    for (const address of [
      '2001:db8:1:2::1',
      '2001:0db8:0001:0002:ffff:ffff:ffff:ffff',
      '2001:DB8:1:2:a:b:c:d',
      '2001:db8:1:2:0:0:0:0',
      '2001:db8:1:2::1.2.3.4',
      '2001:db8:1:2::1%eth0',
    ])
      expect(clientKey(address), address).toBe(key);
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps what is no address as it is, and no header is the local bucket', () => {
    expect(clientKey(undefined)).toBe('local');
    expect(clientKey('  ')).toBe('local');
    expect(clientKey('1:2:3')).toBe('1:2:3');
    expect(clientKey('1::2::3')).toBe('1::2::3');
    expect(clientKey('2001:db8::g')).toBe('2001:db8::g');
  });
});
