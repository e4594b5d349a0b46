import { KNOWN_YEARS } from "./known-holidays";

/**
 * data/calendar/manifest.json: per year, where its file comes from and whether it was checked
 * against the published calendar (issue #8: unverified years are marked in the data).
 */
export interface ManifestEntry {
  source: string;
  verified: boolean;
  /** Imported years: the file's origin, its SHA-256 as downloaded, and when it was imported. */
  origin?: string;
  sha256?: string;
  importedAt?: string;
  /** Generated years: what the hand-written list may get wrong. */
  unsure?: string[];
}

export type CalendarManifest = Record<string, ManifestEntry>;

/** A manifest that is not what this module writes is a broken checkout, not a runtime input. */
export class ManifestError extends Error {}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const entry = value as Record<string, unknown>;
  const optionalStrings = ["origin", "sha256", "importedAt"].every((key) => entry[key] === undefined || typeof entry[key] === "string");
  return typeof entry.source === "string" && typeof entry.verified === "boolean" && optionalStrings && (entry.unsure === undefined || isStringArray(entry.unsure));
}

export function parseManifest(text: string): CalendarManifest {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ManifestError("manifest.json must be an object keyed by year");
  }
  const manifest: CalendarManifest = {};
  for (const [year, entry] of Object.entries(parsed)) {
    if (!/^\d{4}$/.test(year) || !isEntry(entry)) {
      throw new ManifestError(`manifest.json: the entry for ${year} is malformed`);
    }
    manifest[year] = entry;
  }
  return manifest;
}

export function generatedManifestEntry(year: number): ManifestEntry {
  const known = KNOWN_YEARS[year];
  if (known === undefined) {
    throw new ManifestError(`known-holidays.ts has no list for ${year}`);
  }
  return {
    source: `generated from shared/calendar/known-holidays.ts: ${known.source}`,
    verified: false,
    unsure: [...known.unsure],
  };
}
