import type { ProfileDraft } from '../../../shared/schemas/profile.ts';

/** What the profile editor's sections share: the draft and a patch setter they are given, and a labelled text field. */

export interface SectionProps {
  draft: ProfileDraft;
  set: (patch: Partial<ProfileDraft>) => void;
}

export function Field(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  testId: string;
  type?: string;
  wide?: boolean;
}) {
  return (
    <label className={props.wide ? 'wide' : undefined}>
      {props.label}
      <input
        data-testid={props.testId}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}
