import { useEffect, useState } from 'preact/compat';
import type { Device } from '../../../shared/api/auth.ts';
import type { SyncStatus } from '../../../shared/messages.ts';
import { ask } from '../background.ts';
import { Form } from '../controls.tsx';
import { syncStatus } from '../state.ts';

/** The signed-in account: its devices, sign-out everywhere, export and deletion. */
export function AccountSection() {
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ask({ type: 'auth/devices' }).then(setDevices, (e) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  async function act<T>(action: () => Promise<T>, then?: (result: T) => void) {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      then?.(result);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  const signedOut = (status: SyncStatus) => {
    syncStatus.value = status;
  };

  async function download() {
    await act(
      () => ask({ type: 'account/export' }),
      (data) => {
        const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `jobsmith-account-${new Date().toISOString().slice(0, 10)}.json`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
    );
  }

  return (
    <section className="card" data-testid="account">
      <h2>Account</h2>
      <h3>Devices</h3>
      {devices === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="devices">
          {devices.map((d) => (
            <li key={d.id} data-testid="device-row">
              <strong>{d.name}</strong>
              {d.current ? <span className="muted"> (this device)</span> : null}
              <span className="muted"> · last seen {new Date(d.lastSeenAt).toLocaleString()}</span>{' '}
              {d.current ? null : (
                <button
                  type="button"
                  className="secondary small"
                  disabled={busy}
                  onClick={() => void act(() => ask({ type: 'auth/revoke-device', deviceId: d.id }), setDevices)}
                >
                  Sign out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button
          type="button"
          className="secondary"
          data-testid="auth-signout-all"
          disabled={busy}
          onClick={() => void act(() => ask({ type: 'auth/sign-out-all' }), signedOut)}
        >
          Sign out everywhere
        </button>
        <button type="button" className="secondary" data-testid="account-export" disabled={busy} onClick={() => void download()}>
          Export my data (JSON)
        </button>
      </div>
      {confirming ? (
        <Form className="stack danger" onSubmit={() => void act(() => ask({ type: 'account/delete', password }), signedOut)}>
          <p>
            Deleting the account removes all your data from the server, for every device. This device keeps its own copy until you remove
            the extension.
          </p>
          <label>
            Password
            <input
              type="password"
              data-testid="account-delete-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
            />
          </label>
          <div className="row">
            <button type="submit" data-testid="account-delete-confirm" disabled={busy || !password}>
              Delete my account
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Form>
      ) : (
        <button type="button" className="link" data-testid="account-delete" onClick={() => setConfirming(true)}>
          Delete account…
        </button>
      )}
      {error ? (
        <p className="error" role="alert" data-testid="account-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
