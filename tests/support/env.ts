/** Runs `body` with the given environment variables set (undefined: unset), then restores them. */
export function withEnv<Result>(values: Readonly<Record<string, string | undefined>>, body: () => Result): Result {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const apply = (next: Readonly<Record<string, string | undefined>>): void => {
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  };
  apply(values);
  try {
    return body();
  } finally {
    apply(saved);
  }
}
