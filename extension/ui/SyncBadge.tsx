import type { SyncStatus } from '../../shared/messages.ts';
import { syncStatus } from './state.ts';

/** The sync state in a sentence: the badge's tooltip and the Settings tab's account line. */
export function describeStatus(status: SyncStatus | null): string {
  if (!status) return 'Checking…';
  switch (status.state) {
    case 'signed-out':
      // A sign-up waiting for its confirmation link says so here.
      return status.error ?? 'Not signed in: everything stays on this device.';
    case 'synced':
      return `Synced as ${status.email}.`;
    case 'pending':
      return `${status.pending} change${status.pending === 1 ? '' : 's'} waiting to sync.`;
    case 'offline':
      return `Offline: ${status.pending} change${status.pending === 1 ? '' : 's'} will sync when the server is reachable.`;
    case 'error':
      return `Sync error: ${status.error}`;
  }
}

const BADGE: Record<SyncStatus['state'], (s: SyncStatus) => string> = {
  'signed-out': () => 'local only',
  synced: () => 'synced',
  pending: (s) => `${s.pending} pending`,
  offline: () => 'offline',
  error: () => 'sync error',
};

/** The top bar's sync state, on every tab. */
export function SyncBadge() {
  const status = syncStatus.value;
  return (
    <span
      className={`sync-badge ${status?.state ?? ''}`}
      data-testid="sync-status"
      data-state={status?.state ?? 'unknown'}
      title={describeStatus(status)}
    >
      {status ? BADGE[status.state](status) : '…'}
    </span>
  );
}
