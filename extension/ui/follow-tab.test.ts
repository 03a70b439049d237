import { describe, expect, it } from 'vitest';
import { pinnedTabId } from './follow-tab.ts';

describe('pinnedTabId', () => {
  it('reads ?tabId=N and ignores anything that is not a tab id', () => {
    expect(pinnedTabId('?tabId=42')).toBe(42);
    expect(pinnedTabId('?x=1&tabId=0')).toBe(0);
    expect(pinnedTabId('')).toBeNull();
    expect(pinnedTabId('?tabId=-1')).toBeNull();
    expect(pinnedTabId('?tabId=4x')).toBeNull();
  });
});
