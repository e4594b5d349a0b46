import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import type { TestPlatform } from "./platform";

/**
 * Every field any agency's policy calls personal (D4): the key names under which a workload's
 * inputs and answers carry personal values. Read from the policies, so a new personal field is
 * searched for in the logs the day it is declared.
 */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set(
  SUBGRAPHS.flatMap(({ definition }) => Object.values(definition.policy.types).flatMap((type) => Object.keys(type.personal))),
);
const PERSONAL_SUFFIXES = [...PERSONAL_FIELDS].map((field) => field.charAt(0).toUpperCase() + field.slice(1));

/** snake_case (a feed file's column) to camelCase (the schema's field names). */
function camelCaseOf(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match: string, letter: string) => letter.toUpperCase());
}

/** A personal field itself, or one named after it (motherName, clerkPhone, reportSummary, child_id_number). */
export function isPersonalKey(key: string): boolean {
  const name = camelCaseOf(key);
  return PERSONAL_FIELDS.has(name) || PERSONAL_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/**
 * A value worth searching the logs for: not an enum constant (SOCIAL_WORKER, ART53) and not a
 * short code (a house number "8" is in every log as a count). Chinese names are two characters.
 */
function isSearchable(value: string): boolean {
  // An ID number (A123456789) is capitals and digits too, but no enum has a run of five digits.
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && !/[0-9]{5}/.test(value)) {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(value) ? value.length >= 5 : value.length >= 2;
}

/**
 * The personal values a workload wrote and read, collected from its own requests, answers and feed
 * files (never a hand-kept list that drifts). A value the workload also sends as something else
 * (a date that is both a birth date and the day of a notice, an office code that is also a
 * household's district) cannot be told apart in a log and is left out.
 */
export class PersonalValues {
  private readonly personal = new Set<string>();
  private readonly other = new Set<string>();

  /** Walks a request's variables, an answer's data or a feed row. */
  note(value: unknown, underPersonalKey = false): void {
    if (typeof value === "string") {
      (underPersonalKey ? this.personal : this.other).add(value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => this.note(item, underPersonalKey));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        this.note(item, underPersonalKey || isPersonalKey(key));
      }
    }
  }

  /** A CSV file as a feed reads it (header row, comma-separated, no quoting): each row by its column names. */
  noteCsv(csv: string): void {
    const [header, ...lines] = csv.split(/\r?\n/).filter((line) => line !== "");
    const columns = header.split(",");
    for (const line of lines) {
      this.note(Object.fromEntries(line.split(",").map((cell, index) => [columns[index], cell])));
    }
  }

  values(): string[] {
    return [...this.personal].filter((value) => isSearchable(value) && !this.other.has(value)).sort();
  }
}

/** The platform with every request's variables and answer noted in `values`, for workload helpers to use unchanged. */
export function recordingPlatform(platform: TestPlatform, values: PersonalValues): TestPlatform {
  return {
    ...platform,
    query: async (query, options = {}) => {
      values.note(options.variables);
      values.note([options.org ?? ""]);
      const response = await platform.query(query, options);
      values.note(response.data);
      return response;
    },
  } as TestPlatform;
}
