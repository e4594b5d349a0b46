import { z } from "zod";
import type { AddressInput } from "../../gql/graphql";
import type { AddressParts } from "./address-line";

/**
 * 附件1's address in its parts (A2): 區 里 鄰 路(街) 段 巷 弄 號 樓, 號 and 樓 with 之 (12號之3, 5樓之1).
 * The form holds what was typed (text); the API takes numbers for 鄰 段 巷 弄 樓 and "12之3" for 號.
 */
const wholeNumber = z.string().trim().regex(/^\d*$/, "請填阿拉伯數字");

export const addressSchema = z.object({
  districtCode: z.string().min(1, "請選擇行政區"),
  village: z.string().min(1, "請選擇里別"),
  neighbourhood: wholeNumber,
  road: z.string().trim().min(1, "請填路（街）名").max(40, "路（街）名最多 40 字"),
  section: wholeNumber,
  lane: wholeNumber,
  alley: wholeNumber,
  number: z.string().trim().regex(/^\d+$/, "請填門牌號（數字）"),
  numberSub: wholeNumber,
  floor: wholeNumber,
  floorUnit: wholeNumber,
});

export type AddressValues = z.infer<typeof addressSchema>;

/** The parts as typed, unchecked: an address the form does not send (same as the household's) is not checked. */
export const addressValuesSchema = z.object(Object.fromEntries(Object.keys(addressSchema.shape).map((key) => [key, z.string()])) as Record<keyof AddressValues, z.ZodString>);

export const EMPTY_ADDRESS: AddressValues = {
  districtCode: "",
  village: "",
  neighbourhood: "",
  road: "",
  section: "",
  lane: "",
  alley: "",
  number: "",
  numberSub: "",
  floor: "",
  floorUnit: "",
};

/** An address the form sends, checked part by part at `path`; 樓之 only with a 樓 (5樓之1), as the server says. */
export function checkAddress(address: AddressValues, context: z.RefinementCtx, path: (string | number)[]): void {
  const parsed = addressSchema.safeParse(address);
  for (const issue of parsed.error?.issues ?? []) {
    context.addIssue({ code: "custom", message: issue.message, path: [...path, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))] });
  }
  if (address.floorUnit.trim() !== "" && address.floor.trim() === "") {
    context.addIssue({ code: "custom", message: "填「樓之」時須一併填樓層", path: [...path, "floorUnit"] });
  }
}

function numberOrNull(text: string): number | null {
  return text.trim() === "" ? null : Number(text.trim());
}

export function toAddressInput(address: AddressValues): AddressInput {
  const sub = address.numberSub.trim();
  return {
    districtCode: address.districtCode,
    village: address.village,
    neighbourhood: numberOrNull(address.neighbourhood),
    road: address.road.trim(),
    section: numberOrNull(address.section),
    lane: numberOrNull(address.lane),
    alley: numberOrNull(address.alley),
    number: sub === "" ? address.number.trim() : `${address.number.trim()}之${sub}`,
    floor: numberOrNull(address.floor),
    floorUnit: numberOrNull(address.floorUnit),
  };
}

/** The address the API returns, back into the form's parts (a correction starts from what was recorded). */
export function addressValuesOf(address: AddressParts | null | undefined): AddressValues {
  if (address === null || address === undefined) {
    return EMPTY_ADDRESS;
  }
  const [number, numberSub = ""] = (address.number ?? "").replace("號", "").split("之");
  const text = (value: number | null | undefined): string => (value === null || value === undefined ? "" : String(value));
  return {
    districtCode: address.districtCode ?? "",
    village: address.village ?? "",
    neighbourhood: text(address.neighbourhood),
    road: address.road ?? "",
    section: text(address.section),
    lane: text(address.lane),
    alley: text(address.alley),
    number,
    numberSub,
    floor: text(address.floor),
    floorUnit: text(address.floorUnit),
  };
}
