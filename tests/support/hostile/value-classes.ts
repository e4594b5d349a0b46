import { randomUUID } from "crypto";
import { generateNationalId, generateResidentCertificateNumber } from "../../../scripts/demo-data/identity";
import { SeededRandom } from "../../../scripts/demo-data/random";
import { Sex } from "../../../shared/domain/enums";
import { InputLeaf } from "./mutation-inputs";

/**
 * Issue #14: the hostile values of the corpus, by the leaf's type and by what its name says it
 * means. Each class is one value: the corpus covers every leaf × class once, which bounds its size.
 */
export interface HostileValue {
  /** The class, e.g. "sql-injection", "impossible-date". */
  readonly kind: string;
  readonly value: unknown;
  /**
   * Whether the platform may legitimately accept it (text in a free-text field, a date in no
   * rule's window): then it must be stored verbatim instead of refused.
   */
  readonly mayBeStored: boolean;
  /**
   * A part of the value that survives no rewriting but its own: found in a changed row where the
   * whole value is not, the value was stored altered (trimmed, cut, re-encoded) — a wrong write.
   */
  readonly marker?: string;
}

/** Ids of rows that exist, but in another agency's database than the one the mutation writes. */
export interface ForeignIds {
  /** A row id of an agency other than `subgraph` (the mutation's own). */
  otherAgencyId(subgraph: string): string;
}

const wrongCheckDigit = (valid: string): string => `${valid.slice(0, -1)}${(Number(valid.slice(-1)) + 1) % 10}`;
const rng = new SeededRandom("hostile-corpus-ids");
/** A national ID and a resident-certificate number of the right shape, the last digit wrong. */
export const WRONG_NATIONAL_ID = wrongCheckDigit(generateNationalId(rng, Sex.FEMALE));
export const WRONG_RESIDENT_NUMBER = wrongCheckDigit(generateResidentCertificateNumber(rng, Sex.FEMALE));

const HUNDRED_KB = "測".repeat(34_134);
/** Text classes: every String leaf gets each. */
const TEXT: readonly HostileValue[] = [
  { kind: "empty-string", value: "", mayBeStored: true },
  { kind: "100kb-string", value: HUNDRED_KB, mayBeStored: true, marker: "測".repeat(16) },
  { kind: "nul-character", value: "王\u0000小明", mayBeStored: false },
  { kind: "bidi-override", value: "王\u202E明小", mayBeStored: true, marker: "明小" },
  { kind: "lone-surrogate", value: "王\uD800明", mayBeStored: false },
  { kind: "sql-injection", value: "'; DROP TABLE persons; --", mayBeStored: true, marker: "DROP TABLE persons" },
  { kind: "sql-tautology", value: "1 OR 1=1", mayBeStored: true, marker: "1 OR 1=1" },
  { kind: "script-injection", value: "<script>alert(document.cookie)</script>", mayBeStored: true, marker: "alert(document.cookie)" },
];

const IDENTITY_NUMBER = /idnumber$/i;

function textValues(leaf: InputLeaf): HostileValue[] {
  const meaning: HostileValue[] = IDENTITY_NUMBER.test(leaf.name)
    ? [
        { kind: "national-id-wrong-check-digit", value: WRONG_NATIONAL_ID, mayBeStored: false },
        { kind: "resident-number-wrong-check-digit", value: WRONG_RESIDENT_NUMBER, mayBeStored: false },
      ]
    : [];
  return [...meaning, ...TEXT];
}

function idValues(subgraph: string, foreign: ForeignIds): HostileValue[] {
  // An id the caller mints (a ledger's own id, a clientKey) may be any new value; an id that names a row must name one in scope.
  return [
    { kind: "non-existent-id", value: randomUUID(), mayBeStored: true },
    { kind: "other-agency-id", value: foreign.otherAgencyId(subgraph), mayBeStored: true },
    { kind: "malformed-id", value: "case-42", mayBeStored: true },
    { kind: "sql-tautology", value: "1 OR 1=1", mayBeStored: true },
  ];
}

/**
 * Dates relative to the corpus's fixed today: impossible ones the scalar refuses; tomorrow and the
 * far past, which rules about events that happened refuse (R2, A4, A6–A8) and a schedule may accept.
 */
function dateValues(tomorrow: string): HostileValue[] {
  return [
    { kind: "impossible-date", value: "2026-02-30", mayBeStored: false },
    { kind: "thirteenth-month", value: "2026-13-01", mayBeStored: false },
    { kind: "future-date", value: tomorrow, mayBeStored: true },
    { kind: "out-of-window-date", value: "1900-01-01", mayBeStored: true },
  ];
}

const DATE_TIME: readonly HostileValue[] = [
  { kind: "impossible-date-time", value: "2026-02-30T10:00:00.000Z", mayBeStored: false },
  { kind: "not-a-date-time", value: "yesterday", mayBeStored: false },
  { kind: "future-date-time", value: "2099-01-01T00:00:00.000Z", mayBeStored: true },
];

const INT: readonly HostileValue[] = [
  { kind: "negative-int", value: -1, mayBeStored: true },
  { kind: "int-overflow", value: 2_147_483_648, mayBeStored: false },
  { kind: "text-for-int", value: "1 OR 1=1", mayBeStored: false },
];

/** The hostile values of one leaf. */
export function hostileValuesOf(leaf: InputLeaf, subgraph: string, foreign: ForeignIds, tomorrow: string): HostileValue[] {
  if (leaf.enumValues.length > 0) {
    return [
      { kind: "unknown-enum", value: "NOT_A_VALUE", mayBeStored: false },
      { kind: "sql-for-enum", value: "'; DROP TABLE persons; --", mayBeStored: false },
    ];
  }
  switch (leaf.type.name) {
    case "String":
      return textValues(leaf);
    case "ID":
      return idValues(subgraph, foreign);
    case "LocalDate":
      return dateValues(tomorrow);
    case "DateTimeISO":
      return [...DATE_TIME];
    case "Int":
      return [...INT];
    case "Boolean":
      return [{ kind: "text-for-boolean", value: "true", mayBeStored: false }];
    default:
      return [{ kind: "sql-for-scalar", value: "'; DROP TABLE persons; --", mayBeStored: false }];
  }
}
