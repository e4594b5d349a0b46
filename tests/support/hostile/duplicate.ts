/**
 * Issue #14: "duplicates of an earlier accepted write with changed content". An intake keyed by
 * `clientKey` (D3: a sender retries) stores a key once; the same key with other content is a
 * CONFLICT. The content changed is the call's free text (a reason, a summary, a name), else a date.
 */
const FREE_TEXT = /^(reason|summary|note|description|officerName|reporterName|name|remarks)$/;

type Json = Record<string, unknown>;

/** The input object that carries a clientKey, if any. */
function keyedInput(variables: Json): Json | undefined {
  return Object.values(variables).find((value): value is Json => typeof value === "object" && value !== null && typeof (value as Json).clientKey === "string");
}

export const clientKeyed = (variables: Json): boolean => keyedInput(variables) !== undefined;

export function withChangedContent(variables: Json): Json {
  const copy = structuredClone(variables);
  const input = keyedInput(copy)!;
  // Not an enum's value (a search's reason is one): the changed call must stay valid.
  const text = Object.keys(input).find((key) => FREE_TEXT.test(key) && typeof input[key] === "string" && !/^[A-Z_]+$/.test(String(input[key])));
  if (text !== undefined) {
    input[text] = `${String(input[text])}乙`;
    return copy;
  }
  const date = Object.keys(input).find((key) => typeof input[key] === "string" && /^\d{4}-\d{2}-\d{2}/.test(String(input[key])) && key !== "clientKey");
  if (date !== undefined) {
    input[date] = "2026-11-30";
  }
  return copy;
}
