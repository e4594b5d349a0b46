import pino, { Logger } from "pino";
import { readLogConfig } from "./config";

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

/** LOG_FILE sends the logs to a file instead of stdout (a deployment's collector, or a test's capture). */
export function createLogger(service: string): Logger {
  const { level, file } = readLogConfig();
  const destination = file === undefined ? undefined : pino.destination({ dest: file, sync: true, append: true });
  const options = {
    level,
    base: { service },
    redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: "[redacted]" },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

export type { Logger };
