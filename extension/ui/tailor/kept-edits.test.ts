import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JobsmithDocument } from '../../../shared/schemas/document.ts';
import type { CoverLetter } from '../../../shared/tailor/schema.ts';
import { keepEditsAsTyped } from './kept-edits.ts';
import { type Shown, shown } from './shown.ts';

// The extension's storage, as WXT's own test setup gives it (this config runs without WXT's plugin).
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

/** Edits not saved yet outlive the panel; edits saved as a version are not offered again. */

const letter: CoverLetter = {
  kind: 'cover-letter',
  name: 'Dana Reyes',
  contact: ['dana@example.com'],
  company: 'Harbor Robotics',
  jobTitle: 'Field Service Technician',
  greeting: 'Dear Harbor Robotics hiring team,',
  paragraphs: ['I led month-end close for three entities.'],
  closing: 'Kind regards,',
  provider: 'offline',
  model: 'offline',
};
const edited: CoverLetter = { ...letter, paragraphs: ['I led month-end close for three entities, in half the time.'] };
const version = (id: string) => ({ id }) as JobsmithDocument;

/** The Tailor tab's state for the draft `v1` (only what the keeping reads is real). */
function showing(working: CoverLetter, document: JobsmithDocument | null): Shown {
  return { draft: letter, working, original: { document: version('v1') }, document } as unknown as Shown;
}

const kept = async () => (await fakeBrowser.storage.local.get('tailorEdits:v1'))['tailorEdits:v1'];

describe('edits kept in extension storage', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    stop = keepEditsAsTyped();
  });
  afterEach(() => {
    stop();
    shown.value = null;
    vi.useRealTimers();
  });

  it('are written once typing rests', async () => {
    shown.value = showing(edited, null);
    expect(await kept()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(300);
    expect(await kept()).toMatchObject({ paragraphs: edited.paragraphs, editedByUser: true });
  });

  it('saved as a version (a download), are forgotten at once: a panel closed right after does not offer them again', async () => {
    shown.value = showing(edited, null);
    await vi.advanceTimersByTimeAsync(300);
    shown.value = showing(edited, version('v2'));
    // No timer runs: the panel may be gone before one would.
    expect(await kept()).toBeUndefined();
  });
});
