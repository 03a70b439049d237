// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../shared/messages.ts';

/** The Settings tab's sign-in form, as a user types into it while another action is still running. */

const pending: Array<{ type: string; resolve: (status: SyncStatus) => void }> = [];
vi.mock('../background.ts', () => ({
  ask: (message: { type: string }) => new Promise((resolve) => pending.push({ type: message.type, resolve })),
}));
// The sections beside the form read their own storage: not what this test is about.
vi.mock('./PreferencesSection.tsx', () => ({ PreferencesSection: () => null }));
vi.mock('./AllowedSites.tsx', () => ({ AllowedSites: () => null }));
vi.mock('../../sync/consent.ts', () => ({ requestSyncConsent: async () => true }));
vi.mock('../state.ts', async () => ({ syncStatus: (await import('@preact/signals')).signal(null) }));

const { SettingsTab } = await import('./SettingsTab.tsx');

const signedOut: SyncStatus = {
  state: 'signed-out',
  apiUrl: 'http://127.0.0.1:8787',
  email: null,
  pending: 0,
  error: null,
} as unknown as SyncStatus;
const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;

async function type(id: string, value: string) {
  await act(() => {
    const input = byTestId(id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('signing in from Settings', () => {
  afterEach(() => {
    render(null, document.body);
    pending.length = 0;
  });

  it('keeps the password being typed when the server address finishes saving meanwhile', async () => {
    await act(() => render(h(SettingsTab, {}), document.body));
    await type('settings-api-url', 'http://127.0.0.1:9999');
    await act(() => byTestId('settings-api-url-save').click());
    expect(pending.map((p) => p.type)).toEqual(['settings/set-api-url']);

    await type('auth-email', 'dana@example.com');
    await type('auth-password', 'correct horse battery');
    await act(async () => {
      pending.shift()?.resolve(signedOut);
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(byTestId('auth-password').value).toBe('correct horse battery');

    await act(() => byTestId('auth-signup').click());
    await vi.waitFor(() => expect(pending.map((p) => p.type)).toEqual(['auth/sign-up']));
  });
});
