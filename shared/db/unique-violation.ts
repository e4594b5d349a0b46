const POSTGRES_UNIQUE_VIOLATION = "23505";

/** True when PostgreSQL refused a row because a unique constraint already holds its key. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false;
  }
  const code = "code" in error ? error.code : "driverError" in error ? (error.driverError as { code?: unknown })?.code : undefined;
  return code === POSTGRES_UNIQUE_VIOLATION;
}
