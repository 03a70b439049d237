import { useEffect, useState } from 'preact/compat';
import { browser } from 'wxt/browser';
import { ask } from '../background.ts';

/** Settings: the sites the user chose "Always on this site" for, each with its "Remove". */
export function AllowedSites() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = () => ask({ type: 'access/sites' }).then(setSites, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void load();
    // A grant the user took back in the browser's own settings leaves the list too.
    browser.permissions.onRemoved.addListener(load);
    return () => browser.permissions.onRemoved.removeListener(load);
  }, []);

  async function remove(site: string) {
    setBusy(true);
    setError(null);
    try {
      setSites(await ask({ type: 'access/remove', site }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section data-testid="allowed-sites">
      <h2>Sites read on every visit</h2>
      {sites === null ? (
        <p className="muted">Loading…</p>
      ) : sites.length === 0 ? (
        <p className="muted" data-testid="allowed-sites-none">
          None. Jobsmith reads the job boards it knows, and other sites when you ask; “Always on this site” in the Job tab adds one here.
        </p>
      ) : (
        <ul className="sites">
          {sites.map((site) => (
            <li key={site} data-testid="allowed-site">
              <span className="site">{site}</span>
              <button type="button" className="secondary small" disabled={busy} onClick={() => void remove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert" data-testid="allowed-sites-error">
          {error}
        </p>
      )}
    </section>
  );
}
