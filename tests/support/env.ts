type EnvValues = Readonly<Record<string, string | undefined>>;

function apply(values: EnvValues): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
}

/** Sets the given environment variables (undefined: unset) and returns what puts the previous values back (for a beforeAll/afterAll pair). */
export function setEnv(values: EnvValues): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  apply(values);
  return () => apply(saved);
}

/** Runs `body` with the given environment variables set (undefined: unset), then restores them. */
export function withEnv<Result>(values: EnvValues, body: () => Result): Result {
  const restore = setEnv(values);
  try {
    return body();
  } finally {
    restore();
  }
}
