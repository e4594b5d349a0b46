import type { GraphQLFormattedError } from "graphql";

/** How one field of the unified view is shown (issue #11): never a blank that reads as "no data". */
export type FieldState =
  | { readonly kind: "value"; readonly text: string }
  | { readonly kind: "masked"; readonly text: string }
  | { readonly kind: "denied" }
  | { readonly kind: "unavailable" }
  | { readonly kind: "none" };

export type Path = readonly (string | number)[];

/** The errors of one answer by the path they sit at: FORBIDDEN for a denied field, SERVICE_UNAVAILABLE for an agency down. */
export type Problems = ReadonlyMap<string, string>;

const keyOf = (path: Path): string => path.join(".");

export function problemsOf(errors: readonly GraphQLFormattedError[] | undefined): Problems {
  const problems = new Map<string, string>();
  for (const error of errors ?? []) {
    if (error.path !== undefined) {
      problems.set(keyOf(error.path), String(error.extensions?.code ?? ""));
    }
  }
  return problems;
}

/** The error at this path or at one of its parents: a denied object's fields are denied too. */
function problemAt(problems: Problems, path: Path): string | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const problem = problems.get(keyOf(path.slice(0, length)));
    if (problem !== undefined) {
      return problem;
    }
  }
  return undefined;
}

/**
 * shared/masking.ts's masks write ○ (names, addresses, text) or * (identity numbers, phones,
 * e-mail): characters no real value of these fields holds, so the console can tell a masked value
 * from a real one without the gateway marking it.
 */
const MASK_CHARACTERS = /[○*]/;

export function fieldState(problems: Problems, path: Path, value: string | number | boolean | null | undefined): FieldState {
  const problem = problemAt(problems, path);
  if (problem === "FORBIDDEN") {
    return { kind: "denied" };
  }
  if (problem !== undefined) {
    return { kind: "unavailable" };
  }
  if (value === null || value === undefined || value === "") {
    return { kind: "none" };
  }
  const text = typeof value === "boolean" ? (value ? "是" : "否") : String(value);
  return MASK_CHARACTERS.test(text) ? { kind: "masked", text } : { kind: "value", text };
}

/** A list (an agency's part) is denied or unavailable as a whole when its path has an error. */
export function listState(problems: Problems, path: Path): "denied" | "unavailable" | undefined {
  const problem = problemAt(problems, path);
  if (problem === undefined) {
    return undefined;
  }
  return problem === "FORBIDDEN" ? "denied" : "unavailable";
}
