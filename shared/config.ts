/**
 * Typed access to environment variables. Each process reads its settings once, in its own
 * config module, through these helpers; nothing else reads `process.env` (STYLE).
 */
export class ConfigError extends Error {}

export function envString(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value === "" ? fallback : value;
}

export function envOptional(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

export function envPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") {
    return fallback;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535)`);
  }
  return port;
}

export function envBoolean(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === "") {
    return fallback;
  }
  if (["1", "true", "yes"].includes(raw.toLowerCase())) {
    return true;
  }
  if (["0", "false", "no"].includes(raw.toLowerCase())) {
    return false;
  }
  throw new ConfigError(`${name} must be true or false`);
}

/** A whole number of at least `min` (counts, limits); anything else is a ConfigError. */
export function envWholeNumber(name: string, fallback: number, min: number): number {
  const raw = envOptional(name);
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of ${min} or more`);
  }
  return value;
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogConfig {
  readonly level: LogLevel;
  /** A file to append the logs to instead of stdout (a deployment's collector, or a test's capture). */
  readonly file?: string;
}

/**
 * LOG_LEVEL and LOG_FILE, read when a logger is created (a test sets them before starting its
 * platform). An unknown level is a ConfigError here rather than pino's bare Error at start-up.
 */
export function readLogConfig(): LogConfig {
  const level = envString("LOG_LEVEL", process.env.NODE_ENV === "test" ? "silent" : "info");
  const known = LOG_LEVELS.find((candidate) => candidate === level);
  if (known === undefined) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);
  }
  return { level: known, file: envOptional("LOG_FILE") };
}
