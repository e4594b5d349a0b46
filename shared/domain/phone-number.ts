/**
 * Taiwanese telephone numbers (附件1's home, mobile, work and fax boxes; 附件4's phone), parsed
 * from what people type and written back in one form, so the same number is stored the same way
 * whoever entered it (issue #7).
 */

/** Landline area codes (區域號碼) and the local number lengths each uses (NCC numbering plan). */
const AREA_CODES: readonly { readonly code: string; readonly localDigits: readonly number[] }[] = [
  // Longest codes first: 0836 must not be read as 08 + 36…, 049 as 04 + 9…
  { code: "0836", localDigits: [5] }, // 馬祖
  { code: "0826", localDigits: [5] }, // 烏坵
  { code: "089", localDigits: [6] }, // 臺東
  { code: "082", localDigits: [6] }, // 金門
  { code: "049", localDigits: [7] }, // 南投
  { code: "037", localDigits: [6] }, // 苗栗
  { code: "02", localDigits: [8] }, // 臺北、新北、基隆
  { code: "03", localDigits: [7, 8] }, // 桃園、新竹、宜蘭、花蓮
  { code: "04", localDigits: [7, 8] }, // 臺中、彰化
  { code: "05", localDigits: [7] }, // 嘉義、雲林
  { code: "06", localDigits: [7] }, // 臺南、澎湖
  { code: "07", localDigits: [7] }, // 高雄
  { code: "08", localDigits: [7] }, // 屏東
];

export type PhoneKind = "MOBILE" | "LANDLINE";

export interface PhoneNumber {
  readonly kind: PhoneKind;
  /** Canonical form: 0912-345-678, 02-2345-6789, 037-123456, 02-2345-6789#123. */
  readonly text: string;
}

/** Separators people write between digit groups: space, hyphen (ASCII or full-width), dot, brackets. */
const SEPARATORS = /[\s\-－‐.()（）]/g;
/** An extension: #123, ext 123, ext. 123, x123, 分機123, 轉123. */
const EXTENSION = /(?:#|ext\.?|x|分機|轉)\s*(\d{1,6})$/i;
const MOBILE = /^09\d{8}$/;

function toFullWidthFree(text: string): string {
  // Full-width digits (０-９) are common when typed with a Chinese input method.
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function localGroups(local: string): string {
  if (local.length === 8) {
    return `${local.slice(0, 4)}-${local.slice(4)}`;
  }
  if (local.length === 7) {
    return `${local.slice(0, 3)}-${local.slice(3)}`;
  }
  return local;
}

/** Parses a Taiwanese mobile or landline number; null when it is not one. */
export function parsePhoneNumber(raw: string): PhoneNumber | null {
  let text = toFullWidthFree(raw.trim());
  const extension = EXTENSION.exec(text);
  if (extension !== null) {
    text = text.slice(0, extension.index);
  }
  if (/[^\d\s\-－‐.()（）+]/.test(text)) {
    return null;
  }
  let digits = text.replace(SEPARATORS, "");
  // International form: +886 2 2345 6789 or +886 912 345 678 (the trunk 0 dropped, sometimes kept).
  if (digits.startsWith("+886")) {
    digits = `0${digits.slice(4).replace(/^0/, "")}`;
  }
  if (!/^\d+$/.test(digits)) {
    return null;
  }
  if (MOBILE.test(digits)) {
    // A mobile has no extension.
    return extension === null ? { kind: "MOBILE", text: `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}` } : null;
  }
  const area = AREA_CODES.find((entry) => digits.startsWith(entry.code) && entry.localDigits.includes(digits.length - entry.code.length));
  if (area === undefined) {
    return null;
  }
  const local = digits.slice(area.code.length);
  if (local.startsWith("0")) {
    // A local number never starts with the trunk prefix.
    return null;
  }
  const suffix = extension === null ? "" : `#${extension[1]}`;
  return { kind: "LANDLINE", text: `${area.code}-${localGroups(local)}${suffix}` };
}
