import { GraphQLFormattedError } from "graphql";

export interface GraphQLResponse<Data> {
  readonly status: number;
  readonly data?: Data | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

export interface RequestOptions {
  readonly token?: string;
  readonly variables?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

/** Posts one operation over HTTP, as a frontend or Sandbox would. */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  options: RequestOptions = {},
): Promise<GraphQLResponse<Data>> {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.token !== undefined) {
    headers.authorization = `Bearer ${options.token}`;
  }
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables: options.variables }) });
  const body = (await response.json()) as { data?: Data | null; errors?: GraphQLFormattedError[] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The codes of a response's errors, for assertions (tests assert codes, never message text). */
export function errorCodes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

/** A response that must have answered without errors (a failing test shows them): its data. */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  expect(response.errors).toBeUndefined();
  if (response.data === undefined || response.data === null) {
    throw new Error("no data");
  }
  return response.data;
}
