import type { ComponentChildren } from 'preact';

/** A select's choices from a fixed list: one option per value, shown by its label. */
export function Options<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}

/** A form that stays in the panel: submitting runs onSubmit instead of navigating. */
export function Form({
  onSubmit,
  children,
  ...attributes
}: {
  onSubmit: () => void;
  children: ComponentChildren;
  className?: string;
  'data-testid'?: string;
}) {
  return (
    <form
      {...attributes}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
