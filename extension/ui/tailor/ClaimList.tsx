import { CLAIM_LABELS } from '../../../shared/tailor/claim-labels.ts';
import type { UnsupportedClaim } from '../../../shared/tailor/schema.ts';

const key = (c: UnsupportedClaim) => `${c.kind}:${c.text}:${c.where}`;

/** Claims the profile does not support, each with where it was made: "Employer: “Deloitte” (summary)". */
export function ClaimList({ claims }: { claims: UnsupportedClaim[] }) {
  return (
    <ul>
      {claims.map((c) => (
        <li key={key(c)}>
          {CLAIM_LABELS[c.kind]}: “{c.text}” <span className="muted">({c.where})</span>
        </li>
      ))}
    </ul>
  );
}

/** The claims of one part of the document, under the text they come from: a warning, never a refusal. */
export function Flags({ id, claims }: { id: string; claims: UnsupportedClaim[] }) {
  return (
    <p className="flags" id={id} data-testid="tailor-flags">
      <strong>Not in your profile:</strong>{' '}
      {claims.map((c, i) => (
        <span key={key(c)}>
          {i > 0 ? ', ' : ''}
          {CLAIM_LABELS[c.kind]} “{c.text}”
        </span>
      ))}
    </p>
  );
}
