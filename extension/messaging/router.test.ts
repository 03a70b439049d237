import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router.ts';

const self = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const job = {
  source: 'jsonld',
  url: 'https://jobs.example.com/1',
  title: 'Welder',
  company: 'Acme',
  dedupeKey: 'acme|welder',
};

function handlers() {
  const pageJob = vi.fn();
  const getJob = vi.fn(async () => null);
  const panel = Object.fromEntries(
    ['sync/now', 'sync/get-status', 'settings/set-api-url', 'auth/sign-up', 'auth/sign-in', 'auth/sign-out'].map((t) => [t, vi.fn()]),
  );
  return { pageJob, getJob, all: { content: { 'page/job': pageJob }, panel: { ...panel, 'tab/get-job': getJob } } as unknown as Handlers };
}

const contentSender = { id: 'ext', url: 'https://jobs.example.com/1', tab: { id: 7 } };
const panelSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };

describe('message router', () => {
  it('delivers a valid page report with the sending tab', async () => {
    const h = handlers();
    const reply = await createRouter(h.all, self)({ type: 'page/job', url: job.url, job }, contentSender);
    expect(reply).toEqual({ ok: true, data: null });
    expect(h.pageJob).toHaveBeenCalledWith(expect.objectContaining({ job: expect.objectContaining({ title: 'Welder' }) }), {
      tabId: 7,
      frameId: 0,
      tabUrl: null,
      frameUrl: 'https://jobs.example.com/1',
    });
  });

  it('refuses panel requests from a content script', async () => {
    const h = handlers();
    const reply = await createRouter(h.all, self)({ type: 'tab/get-job', tabId: 1 }, contentSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(h.getJob).not.toHaveBeenCalled();
  });

  it('never lets a page ask for reading a tab or for a site grant', async () => {
    const h = handlers();
    const access = { 'access/read': vi.fn(), 'access/always': vi.fn(), 'access/remove': vi.fn() };
    const route = createRouter({ ...h.all, panel: { ...h.all.panel, ...access } } as unknown as Handlers, self);
    for (const message of [
      { type: 'access/read', tabId: 7 },
      { type: 'access/always', tabId: 7 },
      { type: 'access/remove', site: 'https://jobs.example.com' },
    ]) {
      expect(await route(message, contentSender)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
      expect(await route(message, { ...panelSender, id: 'other' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const handler of Object.values(access)) expect(handler).not.toHaveBeenCalled();
    // From the panel, the same requests go through.
    expect(await route({ type: 'access/read', tabId: 7 }, panelSender)).toMatchObject({ ok: true });
    expect(access['access/read']).toHaveBeenCalledWith({ type: 'access/read', tabId: 7 });
  });

  it('answers panel requests from an extension page, also one opened in a tab', async () => {
    const h = handlers();
    const route = createRouter(h.all, self);
    expect(await route({ type: 'tab/get-job', tabId: 3 }, panelSender)).toEqual({ ok: true, data: null });
    expect(await route({ type: 'tab/get-job', tabId: 3 }, { ...panelSender, tab: { id: 9 } })).toEqual({ ok: true, data: null });
    expect(h.getJob).toHaveBeenCalledTimes(2);
  });

  it('refuses other extensions and malformed messages with a reason', async () => {
    const h = handlers();
    const route = createRouter(h.all, self);
    expect(await route({ type: 'tab/get-job', tabId: 3 }, { ...panelSender, id: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const bad = await route({ type: 'page/job', url: 'javascript:alert(1)', job: null }, contentSender);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_message', message: expect.stringContaining('url') } });
    expect(await route('hello', contentSender)).toMatchObject({ ok: false });
    expect(h.pageJob).not.toHaveBeenCalled();
  });

  it('says what was wrong once, as a sentence, not "password: password must…"', async () => {
    const route = createRouter(handlers().all, self);
    const short = await route({ type: 'auth/sign-in', email: 'a@example.com', password: 'short' }, panelSender);
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid_message', message: 'Password must have at least 8 characters' } });
  });

  it('turns a failing handler into an error reply', async () => {
    const h = handlers();
    h.getJob.mockRejectedValueOnce(new Error('tab closed'));
    expect(await createRouter(h.all, self)({ type: 'tab/get-job', tabId: 3 }, panelSender)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'tab closed' },
    });
  });
});
