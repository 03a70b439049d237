import { deepQuery } from './find-elements.ts';
import type { ResumeFile, StepResult } from './insert.ts';
import { click, fire } from './person-events.ts';
import { fillable } from './visible.ts';
import { observeUntil } from './wait-for-page.ts';

/**
 * The resume file put where a form takes it: a file input (through a DataTransfer), the file
 * input a button's menu reveals, or a drop zone that takes only a drop.
 */

function transferOf(el: Element, file: ResumeFile): DataTransfer {
  const win = el.ownerDocument.defaultView ?? window;
  const transfer = new win.DataTransfer();
  transfer.items.add(new win.File([file.bytes as BlobPart], file.name, { type: file.type }));
  return transfer;
}

export function attachFile(el: HTMLInputElement, file: ResumeFile): StepResult {
  el.files = transferOf(el, file).files;
  fire(el, 'input');
  fire(el, 'change');
  return { ref: '', ok: true, value: file.name };
}

/**
 * A button that opens a menu holding the file input (Jobvite's "Select" under "Add Resume"): open
 * it, and attach to the file input that a person can now reach and could not before.
 */
export async function attachThroughMenu(button: Element, file: ResumeFile): Promise<StepResult> {
  const reachable = () => deepQuery(button.ownerDocument, 'input[type="file"]').filter((f) => fillable(f));
  const before = new Set(reachable());
  click(button);
  const opened = () => reachable().find((f) => !before.has(f)) as HTMLInputElement | undefined;
  const input = await observeUntil([button.ownerDocument], opened, {
    timeoutMs: 1500,
    attributes: ['class', 'style', 'hidden', 'aria-hidden'],
  });
  if (!input) return { ref: '', ok: false, error: 'the button opened no file picker a person could use' };
  return attachFile(input, file);
}

/** A drop zone without a file input: the file arrives the way a drag from the desktop brings it. */
export function dropFile(zone: Element, file: ResumeFile): StepResult {
  const win = zone.ownerDocument.defaultView ?? window;
  const dataTransfer = transferOf(zone, file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new win.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
  }
  return { ref: '', ok: true, value: file.name };
}
