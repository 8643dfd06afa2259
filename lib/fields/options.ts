// A fixed choice with its label (select options, filters, badges), and the label shown for a stored value.

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** The options for `values`, in their order, labelled from `labels` (the type demands a label for every value). */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** The label of `value` among `options`; a value no option has is shown as stored, a missing one is null. */
export function labelOf<T extends string>(
  options: readonly Option<T>[],
  value: string | null | undefined,
): string | null {
  if (!value) return null;
  return options.find((option) => option.value === value)?.label ?? value;
}
