/**
 * Deterministic masks (issue #4), so a role that needs to recognise a person without holding their
 * data sees the same masked form every time:
 *   name     王小明 → 王○明, 王明 → 王○, 阮氏梅花 → 阮○○花
 *   idNumber A123456789 → A12****789
 *   phone    0912-345-678 → 0912-***-678, 02-2345-6789 → 02-****-6789
 *   email    family1234@example.tw → f***@example.tw
 *   address  down to the village (里): district and village kept, the rest replaced by ○ or null
 */
const MASK = "○";

export function maskName(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= 1) {
    return MASK;
  }
  if (characters.length === 2) {
    return `${characters[0]}${MASK}`;
  }
  return `${characters[0]}${MASK.repeat(characters.length - 2)}${characters[characters.length - 1]}`;
}

export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 7) {
    return "*".repeat(idNumber.length);
  }
  return `${idNumber.slice(0, 3)}${"*".repeat(idNumber.length - 6)}${idNumber.slice(-3)}`;
}

/** Keeps the first and last group of digits; every digit between becomes *. */
export function maskPhone(phone: string): string {
  const groups = phone.split("-");
  if (groups.length >= 3) {
    return [groups[0], ...groups.slice(1, -1).map((group) => "*".repeat(group.length)), groups[groups.length - 1]].join("-");
  }
  const digits = phone.replace(/\D/g, "");
  return digits.length <= 6 ? "*".repeat(digits.length) : `${digits.slice(0, 4)}${"*".repeat(digits.length - 7)}${digits.slice(-3)}`;
}

export function maskEmail(email: string): string {
  const at = email.indexOf("@");
  return at <= 0 ? "***" : `${email[0]}***${email.slice(at)}`;
}

/** An address in parts (A2), kept down to the village: 區 and 里 stay, the rest is hidden. */
export interface AddressParts {
  districtCode: string;
  village: string;
  neighbourhood: number | null;
  road: string;
  section: number | null;
  lane: number | null;
  alley: number | null;
  number: string;
  floor: number | null;
  floorUnit?: number | null;
}

export function maskAddress<Address extends AddressParts>(address: Address): Address {
  return { ...address, neighbourhood: null, road: MASK, section: null, lane: null, alley: null, number: MASK, floor: null, floorUnit: null };
}

/** Free text such as a one-line address: nothing of it is shown. */
export function maskText(): string {
  return MASK;
}

export const MASKS = {
  name: maskName,
  idNumber: maskIdNumber,
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
  text: maskText,
} as const;

export type MaskKind = keyof typeof MASKS;

export const MASK_EXAMPLES: Readonly<Record<MaskKind, string>> = {
  name: "王○明",
  idNumber: "A12****789",
  phone: "0912-***-678",
  email: "f***@example.tw",
  address: "down to the village (里)",
  text: "○",
};
