import pino, { Logger } from "pino";

/**
 * Structured logs for every process. Personal data must never reach them: we log operation names,
 * error codes, timings and counts only — never variables, results, SQL parameters or error messages
 * from the database. The redact list is a second line of defence for keys that could slip in.
 */
const REDACTED_KEYS = [
  "variables",
  "query",
  "parameters",
  "params",
  "body",
  "headers.authorization",
  "authorization",
  "token",
  "name",
  "idNumber",
  "birthDate",
  "phone",
  "address",
  "email",
];

export function createLogger(service: string): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");
  return pino({
    level,
    base: { service },
    redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: "[redacted]" },
  });
}

export type { Logger };
