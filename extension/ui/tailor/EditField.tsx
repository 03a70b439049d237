import { type ReactNode, useEffect, useState } from 'preact/compat';
import type { UnsupportedClaim } from '../../../shared/tailor/schema.ts';
import { Flags } from './ClaimList.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  maxLength: number;
  testId: string;
  /** What the verifier found in this text (as of the user's last pause). */
  claims?: UnsupportedClaim[];
  /** A one-line input instead of a text area. */
  line?: boolean;
  /** The label is read by screen readers only (a bullet's place in its role says what it is). */
  hideLabel?: boolean;
  /** Controls beside the text (a bullet's "Remove"). */
  children?: ReactNode;
}

/** Rows for a text area to show its text at a side panel's width (where CSS cannot size it to its content). */
const rows = (text: string) => Math.min(12, Math.max(2, Math.ceil(text.length / 32)));

/** One part of a document the user edits, labelled, with the verifier's flags under it. */
export function EditField({ id, label, value, onChange, maxLength, testId, claims = [], line, hideLabel, children }: Props) {
  const flags = claims.length > 0 ? `${id}-flags` : undefined;
  const common = { id, value, maxLength, 'aria-describedby': flags, 'data-testid': testId };
  return (
    <div className="edit-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="edit-input">
        {line ? (
          <input {...common} onChange={(e) => onChange(e.currentTarget.value)} />
        ) : (
          <textarea {...common} rows={rows(value)} onChange={(e) => onChange(e.currentTarget.value)} />
        )}
        {children}
      </div>
      {flags ? <Flags id={flags} claims={claims} /> : null}
    </div>
  );
}

/** Moves the focus to the field just added (the last one, `lastId`) once it is drawn; call the result when adding. */
export function useFocusAdded(lastId: string): () => void {
  const [added, setAdded] = useState(false);
  useEffect(() => {
    if (!added) return;
    document.getElementById(lastId)?.focus();
    setAdded(false);
  }, [added, lastId]);
  return () => setAdded(true);
}
