import { type FormEvent, useState } from 'preact/compat';
import type { SyncStatus } from '../../../shared/messages.ts';
import { requestSyncConsent } from '../../sync/consent.ts';
import { ask } from '../background.ts';
import { Form } from '../controls.tsx';
import { describeStatus } from '../SyncBadge.tsx';
import { syncStatus } from '../state.ts';
import { AccountSection } from './AccountSection.tsx';
import { AllowedSites } from './AllowedSites.tsx';
import { PreferencesSection } from './PreferencesSection.tsx';

export function SettingsTab() {
  const status = syncStatus.value;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [apiUrl, setApiUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<SyncStatus>) {
    setBusy(true);
    setError(null);
    try {
      syncStatus.value = await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const onAuth = (mode: 'auth/sign-in' | 'auth/sign-up') => (event: FormEvent) => {
    event.preventDefault();
    // Firefox asks for the consent to send data only inside the click, so before anything else.
    const consent = requestSyncConsent();
    void run(async () => {
      if (!(await consent))
        throw new Error('Sync sends your profile, saved jobs and application history to the server; Firefox asked, and it was declined.');
      const signedIn = await ask({ type: mode, email, password });
      // Forgotten once used, and only then: another action ending meanwhile (the server address
      // saved) must not empty what the user is typing.
      setPassword('');
      return signedIn;
    });
  };

  return (
    <div className="settings">
      <section>
        <h2>Sync</h2>
        <p data-testid="sync-description">{describeStatus(status)}</p>
        {status && status.state !== 'signed-out' ? (
          <div className="row">
            <button type="button" data-testid="sync-now" disabled={busy} onClick={() => run(() => ask({ type: 'sync/now' }))}>
              Sync now
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="auth-signout"
              disabled={busy}
              onClick={() => run(() => ask({ type: 'auth/sign-out' }))}
            >
              Sign out
            </button>
          </div>
        ) : (
          <form className="stack" onSubmit={onAuth('auth/sign-in')}>
            <label>
              Email
              <input
                data-testid="auth-email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
            </label>
            <label>
              Password
              <input
                data-testid="auth-password"
                type="password"
                autoComplete="current-password"
                required
                minLength={8}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
            </label>
            <div className="row">
              <button type="submit" data-testid="auth-signin" disabled={busy}>
                Sign in
              </button>
              <button type="button" className="secondary" data-testid="auth-signup" disabled={busy} onClick={onAuth('auth/sign-up')}>
                Create account
              </button>
            </div>
          </form>
        )}
        {error && (
          <p className="error" role="alert" data-testid="settings-error">
            {error}
          </p>
        )}
      </section>
      {status && status.state !== 'signed-out' ? <AccountSection /> : null}
      <PreferencesSection />
      <AllowedSites />
      <section>
        <h2>Server</h2>
        <p className="muted">
          Where your account syncs. Changing it signs you out of the current server first; the new one must use https:// unless it runs on
          this computer.
        </p>
        <Form
          className="row"
          onSubmit={() => {
            if (apiUrl) void run(() => ask({ type: 'settings/set-api-url', apiUrl }));
          }}
        >
          <label htmlFor="settings-api-url" className="visually-hidden">
            Server address
          </label>
          <input
            id="settings-api-url"
            data-testid="settings-api-url"
            type="url"
            required
            value={apiUrl ?? status?.apiUrl ?? ''}
            onChange={(e) => setApiUrl(e.currentTarget.value)}
          />
          <button type="submit" className="secondary" data-testid="settings-api-url-save" disabled={busy || !apiUrl}>
            Save
          </button>
        </Form>
      </section>
    </div>
  );
}
