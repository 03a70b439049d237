import { useState } from 'preact/compat';
import { browser } from 'wxt/browser';
import type { PageAccess } from '../../../shared/messages.ts';
import { hostOf, sitePattern } from '../../access/sites.ts';
import { ask } from '../background.ts';
import { activeTab, followedTabId, profile, tabAccess } from '../state.ts';

const BROWSER_PAGES =
  import.meta.env.BROWSER === 'firefox'
    ? 'Browser pages (about:, addons.mozilla.org) cannot be read.'
    : 'Browser pages (chrome://, the Web Store) cannot be read.';

/** "Read this page" and "Always on this site" for the followed tab, with what went wrong. */
function useAccessActions() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function run(tabId: number, action: () => Promise<PageAccess>) {
    setBusy(true);
    setError(null);
    action()
      .then(
        (access) => {
          if (followedTabId.value === tabId) tabAccess.value = access;
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => setBusy(false));
  }

  return {
    busy,
    error,
    read: (tabId: number) => run(tabId, () => ask({ type: 'access/read', tabId })),
    always: (tabId: number, site: string) => {
      // First thing in the click: browsers show the permission prompt only inside the user's gesture.
      const granted = browser.permissions.request({ origins: [sitePattern(site)] });
      run(tabId, async () => {
        if (!(await granted)) throw new Error(`Not allowed: Jobsmith reads ${hostOf(site)} only when you ask.`);
        return ask({ type: 'access/always', tabId });
      });
    },
  };
}

function AccessError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="error" role="alert" data-testid="access-error">
      {message}
    </p>
  );
}

/** The Job tab of a page without a job: why (the page is not read, or shows none) and the one click that helps. */
export function NoJob() {
  const access = tabAccess.value;
  const tabId = followedTabId.value;
  const actions = useAccessActions();

  if (access?.kind === 'browser-page') {
    return (
      <div className="empty" data-testid="job-none" data-access="browser-page">
        <h2>Jobsmith cannot read this page</h2>
        <p>{BROWSER_PAGES}</p>
      </div>
    );
  }
  if (access?.kind === 'on-demand' && !access.read && tabId !== null) {
    return (
      <div className="empty" data-testid="job-none" data-access="not-read">
        <h2 data-testid="access-reason">Jobsmith reads {hostOf(access.site)} only when you ask.</h2>
        <p>It reads the job boards it knows by itself, and any other site when you click.</p>
        <div className="access-actions">
          <button type="button" data-testid="access-read" disabled={actions.busy} onClick={() => actions.read(tabId)}>
            Read this page
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="access-always"
            disabled={actions.busy}
            onClick={() => actions.always(tabId, access.site)}
          >
            Always on this site
          </button>
        </div>
        <AccessError message={actions.error} />
        <p>Its toolbar button, Alt+Shift+J and “Read this job with Jobsmith” in the page's menu read it too.</p>
      </div>
    );
  }
  return (
    <>
      {profile.value === null ? <FirstRun /> : null}
      <div className="empty" data-testid="job-none" data-access={access?.kind ?? 'unknown'}>
        <h2>No job on this page</h2>
        <p>Open a job post on LinkedIn, Indeed, Greenhouse, Lever, Workday, Ashby or a career page, and it shows up here.</p>
        {access?.kind === 'on-demand' && tabId !== null && <AlwaysOffer tabId={tabId} site={access.site} />}
      </div>
    </>
  );
}

/** What a new user does first, in order: the score, the tailoring and the autofill all start from their resume. */
export function FirstRun() {
  return (
    <section className="card first-run" data-testid="first-run">
      <h2>Start here</h2>
      <ol>
        <li>
          <strong>Import your resume</strong>: Jobsmith reads it into a profile you check and save. It stays on this device.
        </li>
        <li>Open a job post: the panel shows how well it fits you, and why.</li>
        <li>Tailor your resume and a cover letter to it, then let autofill fill the application form.</li>
      </ol>
      <button type="button" data-testid="first-run-import" onClick={() => (activeTab.value = 'profile')}>
        Import your resume
      </button>
    </section>
  );
}

/** Under a page read on request: make it "always" in one click. */
export function AlwaysOffer({ tabId, site }: { tabId: number; site: string }) {
  const actions = useAccessActions();
  return (
    <div className="access-offer">
      <span className="muted">Read because you asked.</span>
      <button
        type="button"
        className="secondary small"
        data-testid="access-always"
        disabled={actions.busy}
        onClick={() => actions.always(tabId, site)}
      >
        Always on this site
      </button>
      <AccessError message={actions.error} />
    </div>
  );
}
