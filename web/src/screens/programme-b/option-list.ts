import type { Labels } from "../../labels/agencies";

/** A label table as a Select's or Radio group's options, in the table's order. */
export function optionsOf(labels: Labels, only?: readonly string[]): { value: string; label: string }[] {
  return Object.entries(labels)
    .filter(([value]) => only === undefined || only.includes(value))
    .map(([value, label]) => ({ value, label }));
}
