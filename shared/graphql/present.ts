/** GraphQL gives an omitted optional input as `undefined` and an explicit null as `null`: both mean absent. */
export function present<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}
