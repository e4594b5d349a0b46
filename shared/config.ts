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

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}
