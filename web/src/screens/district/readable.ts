/**
 * Mantine's descriptions are "dimmed" grey, below 4.5:1 on white (axe: color-contrast, serious);
 * the forms' hints (the ROC date, a box's text) are read in the field, so they take the text colour.
 */
export const READABLE_DESCRIPTION = { description: { color: "var(--mantine-color-text)" } } as const;
