import { describe, expect, it } from 'vitest';
import { compilePattern, originPattern, patternMatches } from './match-pattern.ts';

const matches = (pattern: string, url: string) => patternMatches(compilePattern(pattern), new URL(url));

describe('match patterns, as the browser reads them', () => {
  it('matches hosts, subdomains and paths', () => {
    expect(matches('https://*.myworkdayjobs.com/*', 'https://acme.wd5.myworkdayjobs.com/en-US/job/1')).toBe(true);
    expect(matches('https://*.myworkdayjobs.com/*', 'https://myworkdayjobs.com/')).toBe(true);
    expect(matches('https://*.myworkdayjobs.com/*', 'https://evilmyworkdayjobs.com/')).toBe(false);
    expect(matches('https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/feed/')).toBe(false);
    expect(matches('https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/jobs/search?currentJobId=1')).toBe(true);
    expect(matches('https://jobs.lever.co/*', 'http://jobs.lever.co/x')).toBe(false);
    expect(matches('*://jobs.lever.co/*', 'http://jobs.lever.co/x')).toBe(true);
  });

  it('refuses what is not a pattern', () => {
    expect(() => compilePattern('jobs.lever.co')).toThrow(/not a match pattern/);
  });

  it('names the origin a page grant asks for', () => {
    expect(originPattern(new URL('https://careers.example.com/jobs/1?x=1'))).toBe('https://careers.example.com/*');
    expect(originPattern(new URL('chrome://extensions/'))).toBeNull();
  });
});
