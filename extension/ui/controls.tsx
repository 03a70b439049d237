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

/**
 * A select over a fixed list, its change handed on as one of the values. A prompt is a first,
 * empty choice ("Move to…") for a select that acts rather than holds a value: choosing it does nothing.
 */
export function Select<T extends string>({
  values,
  labels,
  prompt,
  onChange,
  ...attributes
}: {
  values: readonly T[];
  labels: Record<T, string>;
  value: T | '';
  prompt?: string;
  onChange: (value: T) => void;
  'aria-label'?: string;
  'data-testid': string;
}) {
  return (
    <select
      {...attributes}
      onChange={(e) => {
        const value = e.currentTarget.value as T | '';
        if (value) onChange(value);
      }}
    >
      {prompt === undefined ? null : <option value="">{prompt}</option>}
      <Options values={values} labels={labels} />
    </select>
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
