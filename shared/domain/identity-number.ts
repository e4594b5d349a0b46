/**
 * Validation of Taiwanese identity numbers: 國民身分證統一編號 (national ID) for Taiwanese spouses and children, 居留證統一證號
 * (resident certificate number) for foreign and mainland/HK/Macau-born spouses.
 *
 * All share one checksum: the leading letter becomes two digits (A=10 … Z=33, the order below is
 * not alphabetical), weighted 1 and 9; the next eight digits are weighted 8,7,6,5,4,3,2,1 and the
 * check digit 1; the number is valid when the weighted sum is a multiple of 10.
 */

/** 縣市代碼: the value of each leading letter in the checksum. */
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

const DIGIT_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1] as const;

/** 國民身分證統一編號: letter, sex digit (1 male, 2 female), 7 digits, check digit. */
const NATIONAL_ID_PATTERN = /^[A-Z][12]\d{8}$/;

/** 新式居留證統一證號 (since 2021): letter, sex digit (8 male, 9 female), 7 digits, check digit. */
const NEW_RESIDENT_NUMBER_PATTERN = /^[A-Z][89]\d{8}$/;

/**
 * 舊式居留證統一證號 (before 2021): two letters and 8 digits. The second letter gives sex and status
 * (A/C male, B/D female); in the checksum only its value's units digit counts, in the place of the
 * sex digit (weight 8).
 */
const OLD_RESIDENT_NUMBER_PATTERN = /^[A-Z][A-D]\d{8}$/;

function letterValue(letter: string): number {
  const value = LETTER_VALUES[letter];
  if (value === undefined) {
    throw new RangeError(`"${letter}" is not an identity-number letter A-Z`);
  }
  return value;
}

/** Weighted sum of a letter value and the 8 digits after the letter (check digit excluded). */
function weightedSum(letter: string, eightDigits: readonly number[]): number {
  const value = letterValue(letter);
  let sum = Math.floor(value / 10) + (value % 10) * 9;
  DIGIT_WEIGHTS.forEach((weight, index) => {
    sum += (eightDigits[index] as number) * weight;
  });
  return sum;
}

function digitsOf(text: string): number[] {
  return Array.from(text, (character) => Number(character));
}

function checkDigitFor(letter: string, eightDigits: readonly number[]): number {
  return (10 - (weightedSum(letter, eightDigits) % 10)) % 10;
}

/**
 * The check digit that completes the first 9 characters (letter + 8 digits) of a national ID or a
 * new-format resident certificate number.
 */
export function nationalIdCheckDigit(first9: string): number {
  if (!/^[A-Z]\d{8}$/.test(first9)) {
    throw new RangeError(`"${first9}" is not a letter followed by 8 digits`);
  }
  return checkDigitFor(first9.charAt(0), digitsOf(first9.slice(1)));
}

function hasValidCheckDigit(id: string): boolean {
  return nationalIdCheckDigit(id.slice(0, 9)) === Number(id.charAt(9));
}

/** 國民身分證統一編號 with the right shape and check digit. */
export function isValidNationalId(id: string): boolean {
  return NATIONAL_ID_PATTERN.test(id) && hasValidCheckDigit(id);
}

/**
 * 居留證統一證號, new format (second character 8 or 9) or old format (second character a letter
 * A-D, whose value's units digit stands in for the sex digit in the checksum).
 */
export function isValidResidentCertificateNumber(id: string): boolean {
  if (NEW_RESIDENT_NUMBER_PATTERN.test(id)) {
    return hasValidCheckDigit(id);
  }
  if (OLD_RESIDENT_NUMBER_PATTERN.test(id)) {
    const secondDigit = letterValue(id.charAt(1)) % 10;
    const digits = [secondDigit, ...digitsOf(id.slice(2, 9))];
    return checkDigitFor(id.charAt(0), digits) === Number(id.charAt(9));
  }
  return false;
}

/** Either number a person on the forms may carry (A2: the new immigrant's basic data). */
export function isValidIdentityNumber(id: string): boolean {
  return isValidNationalId(id) || isValidResidentCertificateNumber(id);
}
