import { browser } from 'wxt/browser';
import { SYNC_DATA_COLLECTION } from './data-collection.ts';

type DataCollectionPermissions = { request: (p: { data_collection: readonly string[] }) => Promise<boolean> };

/**
 * Asks Firefox (140 and later) for the consent sync needs; must be called straight from the
 * user's click, before any await. Chrome, and a Firefox without the consent system, have nothing
 * to ask: true.
 */
export function requestSyncConsent(): Promise<boolean> {
  if (!browser.runtime.getURL('/').startsWith('moz-extension:')) return Promise.resolve(true);
  const permissions = browser.permissions as unknown as DataCollectionPermissions;
  return permissions.request({ data_collection: SYNC_DATA_COLLECTION }).catch((error: unknown) =>
    // Older Firefox does not know the key: it has no consent to ask for.
    String(error).includes('data_collection') ? true : Promise.reject(error),
  );
}

/** Whether Firefox still has the consent sync needs (the user can withdraw it in the add-on's settings); true elsewhere. */
export async function hasSyncConsent(): Promise<boolean> {
  if (!browser.runtime.getURL('/').startsWith('moz-extension:')) return true;
  const permissions = browser.permissions as unknown as { contains: (p: { data_collection: readonly string[] }) => Promise<boolean> };
  return permissions.contains({ data_collection: SYNC_DATA_COLLECTION }).catch(() => true);
}
