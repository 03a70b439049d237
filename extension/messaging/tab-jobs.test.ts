import { describe, expect, it, vi } from 'vitest';
import { capture } from '../test/helpers.ts';
import { createTabJobs, memoryStorage } from './tab-jobs.ts';

describe('tab jobs', () => {
  it('remembers what each tab reported and tells the panel', async () => {
    const onChange = vi.fn();
    const tabs = createTabJobs({ storage: memoryStorage(), askTab: async () => null, onChange });
    await tabs.set(1, capture('Welder'));
    await tabs.set(2, capture('Baker'));
    expect((await tabs.get(1))?.title).toBe('Welder');
    expect((await tabs.get(2))?.title).toBe('Baker');
    expect(onChange).toHaveBeenCalledWith(2, expect.objectContaining({ title: 'Baker' }));
  });

  it('asks the page when nothing was reported (e.g. the service worker restarted)', async () => {
    const askTab = vi.fn(async () => capture('Chef'));
    const tabs = createTabJobs({ storage: memoryStorage(), askTab, onChange: () => {} });
    expect((await tabs.get(5))?.title).toBe('Chef');
    expect((await tabs.get(5))?.title).toBe('Chef');
    expect(askTab).toHaveBeenCalledTimes(1);
  });

  it('a navigation clears the previous job so it is never shown for the new page', async () => {
    const tabs = createTabJobs({ storage: memoryStorage(), askTab: async () => null, onChange: () => {} });
    await tabs.set(3, capture('Driver'), { tabUrl: 'https://a.example/1' });
    await tabs.navigated(3, 'https://b.example/2');
    expect(await tabs.get(3)).toBeNull();
  });

  it('a report from the new page that arrives before the navigation event survives it', async () => {
    const tabs = createTabJobs({ storage: memoryStorage(), askTab: async () => null, onChange: () => {} });
    await tabs.set(3, capture('Driver'), { tabUrl: 'https://a.example/1' });
    const report = tabs.set(3, capture('Chef'), { tabUrl: 'https://b.example/2' });
    const navigation = tabs.navigated(3, 'https://b.example/2');
    await Promise.all([report, navigation]);
    expect((await tabs.get(3))?.title).toBe('Chef');
  });
});

describe('tab jobs across frames', () => {
  it('shows a job found in an iframe when the page itself has none, and the page wins over it', async () => {
    const tabs = createTabJobs({ storage: memoryStorage(), askTab: async () => null, onChange: () => {} });
    const page = { tabUrl: 'https://acme.example/careers' };
    await tabs.set(1, null, { frameId: 0, ...page });
    await tabs.set(1, capture('Embedded Role'), { frameId: 3, ...page });
    expect((await tabs.get(1))?.title).toBe('Embedded Role');
    await tabs.set(1, null, { frameId: 5, ...page }); // another frame without a job changes nothing
    expect((await tabs.get(1))?.title).toBe('Embedded Role');
    await tabs.set(1, capture('Top Role'), { frameId: 0, ...page });
    expect((await tabs.get(1))?.title).toBe('Top Role');
    await tabs.navigated(1, 'https://elsewhere.example/');
    expect(await tabs.get(1)).toBeNull();
  });
});
