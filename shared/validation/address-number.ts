import { badUserInput } from "../errors";
import { optionalText, requiredText } from "./form-text";

/**
 * 號 as Taiwanese addresses write it (A2, issue #9): a number, optionally with 之 and a sub-number —
 * 12, 12號, 12之3, 12號之3, 12之3號, or 12-3 as typed on a keyboard. Stored as `12` or `12之3`
 * (the form prints 號 after the blank). Full-width digits are read as digits.
 */
const HOUSE_NUMBER = /^(\d{1,5})(號)?(?:[之-](\d{1,3}))?(號)?$/;

function halfWidth(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/－/g, "-");
}

function positive(digits: string): number | null {
  const value = Number(digits);
  return value >= 1 ? value : null;
}

/** 號: a house number with an optional 之; errors name the field, never the value (personal data). */
export function houseNumber(value: string, field: string): string {
  const text = halfWidth(requiredText(value, field, 20)).replace(/\s+/g, "");
  const match = HOUSE_NUMBER.exec(text);
  const number = match === null ? null : positive(match[1]);
  const sub = match === null || match[3] === undefined ? undefined : positive(match[3]);
  const twoHao = match !== null && match[2] !== undefined && match[4] !== undefined;
  if (match === null || number === null || sub === null || twoHao) {
    throw badUserInput(`${field} must be a house number such as 12, 12號 or 12號之3`, field);
  }
  return sub === undefined ? String(number) : `${number}之${sub}`;
}

/** The 之 of 樓 (5樓之1): only with a floor, counted from 1. */
export function floorUnit(value: number | null | undefined, floor: number | null, field: string): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (floor === null) {
    throw badUserInput(`${field} needs a floor: 樓之 is written after the floor, e.g. 5樓之1`, field);
  }
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    throw badUserInput(`${field} must be a whole number from 1 to 99 (the 1 of 5樓之1)`, field);
  }
  return value;
}

/** 聯絡地址 as the form prints it: one free line, any city (the new immigrant may live elsewhere). */
export function optionalAddressLine(value: string | null | undefined, field: string): string | null {
  return optionalText(value, field, 120);
}
