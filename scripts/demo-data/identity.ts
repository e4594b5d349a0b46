import { Sex } from "../../shared/domain/enums";
import { nationalIdCheckDigit } from "../../shared/domain/identity-number";
import { SeededRandom } from "./random";

/**
 * Demo identity numbers with valid check digits, so demo persons pass the same validation as
 * real ones (shared/domain/identity-number.ts).
 */
function generateWithSexDigit(rng: SeededRandom, letter: string, sexDigit: number): string {
  let first9 = `${letter}${sexDigit}`;
  for (let index = 0; index < 7; index += 1) {
    first9 += String(rng.int(0, 9));
  }
  return `${first9}${nationalIdCheckDigit(first9)}`;
}

/** A valid 國民身分證統一編號; letter A is 臺北市, the city of every demo household. */
export function generateNationalId(rng: SeededRandom, sex: Sex, letter = "A"): string {
  return generateWithSexDigit(rng, letter, sex === Sex.MALE ? 1 : 2);
}

/** A valid new-format 居留證統一證號 (letter A, sex digit 8 male / 9 female). */
export function generateResidentCertificateNumber(rng: SeededRandom, sex: Sex): string {
  return generateWithSexDigit(rng, "A", sex === Sex.MALE ? 8 : 9);
}
