import { GraphQLResponse } from "../graphql";
import { MutationInput } from "./mutation-inputs";

/**
 * Issue #14: several corpus calls of one mutation in one operation, each under its own alias with
 * its own variables (`$c3_input`): the gateway sends them to the subgraph in one fetch, which runs
 * them one after the other, each refused or accepted on its own (its errors carry its alias).
 */
export function batchDocument(mutation: MutationInput, count: number): string {
  const calls = Array.from({ length: count }, (_, index) => index);
  const declarations = calls.flatMap((index) => mutation.args.map((arg) => `$c${index}_${arg.name}: ${arg.type}`)).join(", ");
  const fields = calls.map((index) => {
    const passes = mutation.args.map((arg) => `${arg.name}: $c${index}_${arg.name}`).join(", ");
    return `c${index}: ${mutation.name}${passes === "" ? "" : `(${passes})`}${mutation.selection}`;
  });
  return `mutation${declarations === "" ? "" : `(${declarations})`} { ${fields.join(" ")} }`;
}

export function batchVariables(calls: readonly Record<string, unknown>[]): Record<string, unknown> {
  return Object.fromEntries(calls.flatMap((variables, index) => Object.entries(variables).map(([name, value]) => [`c${index}_${name}`, value])));
}

/** Each call's own answer, as if it had been sent alone; null when the operation as a whole was refused. */
export function splitBatch(response: GraphQLResponse<unknown>, mutation: MutationInput, count: number): GraphQLResponse<unknown>[] | null {
  const errors = response.errors ?? [];
  if (errors.some((error) => typeof error.path?.[0] !== "string")) {
    return null;
  }
  const data = (response.data ?? {}) as Record<string, unknown>;
  return Array.from({ length: count }, (_, index) => {
    const own = errors.filter((error) => error.path?.[0] === `c${index}`);
    return { status: response.status, data: { [mutation.name]: data[`c${index}`] ?? null }, errors: own.length === 0 ? undefined : own };
  });
}
