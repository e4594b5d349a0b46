import { parsePhoneNumber, PhoneKind } from "../domain/phone-number";
import { badUserInput } from "../errors";
import { optionalText } from "./form-text";

/**
 * Contact fields of the forms (附件1, 附件4, issue #7): validated and stored in one canonical form.
 * Blank is absent. Messages name the field, never the value (it is personal data).
 */
const KIND_WORDS: Readonly<Record<PhoneKind, string>> = {
  MOBILE: "a Taiwanese mobile number (09xx-xxx-xxx)",
  LANDLINE: "a Taiwanese landline with its area code (e.g. 02-2345-6789, optional #extension)",
};

function phone(value: string | null | undefined, field: string, kinds: readonly PhoneKind[]): string | null {
  const text = optionalText(value, field, 40);
  if (text === null) {
    return null;
  }
  const parsed = parsePhoneNumber(text);
  if (parsed === null || !kinds.includes(parsed.kind)) {
    throw badUserInput(`${field} must be ${kinds.map((kind) => KIND_WORDS[kind]).join(" or ")}`, field);
  }
  return parsed.text;
}

/** 手機: a mobile number. */
export function optionalMobilePhone(value: string | null | undefined, field: string): string | null {
  return phone(value, field, ["MOBILE"]);
}

/** 自宅電話, 傳真: a landline with area code. */
export function optionalLandline(value: string | null | undefined, field: string): string | null {
  return phone(value, field, ["LANDLINE"]);
}

/** A phone where either kind is usual (公司電話, a contact's phone). */
export function optionalPhone(value: string | null | undefined, field: string): string | null {
  return phone(value, field, ["MOBILE", "LANDLINE"]);
}

export function requiredPhone(value: string, field: string): string {
  const parsed = optionalPhone(value, field);
  if (parsed === null) {
    throw badUserInput(`${field} is required`, field);
  }
  return parsed;
}

/**
 * A pragmatic subset of RFC 5322's addr-spec: dot-atom local part (no quoted strings or
 * comments), a domain of LDH labels with a letter TLD. The domain is stored in lower case.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 254);
  if (text === null) {
    return null;
  }
  const at = text.lastIndexOf("@");
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split(".");
  const valid =
    at > 0 &&
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]);
  if (!valid) {
    throw badUserInput(`${field} must be an e-mail address (name@example.tw)`, field);
  }
  return `${local}@${labels.join(".").toLowerCase()}`;
}
