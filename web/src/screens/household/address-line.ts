import type { District } from "../../../../shared/domain/districts";

/** An address in parts as the API returns it (any part may be null: masked or not recorded). */
export interface AddressParts {
  readonly districtCode?: string | null;
  readonly village?: string | null;
  readonly neighbourhood?: number | null;
  readonly road?: string | null;
  readonly section?: number | null;
  readonly lane?: number | null;
  readonly alley?: number | null;
  readonly number?: string | null;
  readonly floor?: number | null;
  readonly floorUnit?: number | null;
}

/** An address in parts as one line the way it is written: 中正區文北里3鄰重慶南路1段12之3號5樓之1. */
export function addressLine(address: AddressParts, districts: readonly District[]): string {
  const part = (value: number | string | null | undefined, unit: string): string => (value === null || value === undefined || value === "" ? "" : `${value}${unit}`);
  const [number, sub] = (address.number ?? "").split("之");
  return [
    districts.find((district) => district.code === address.districtCode)?.name ?? address.districtCode ?? "",
    address.village ?? "",
    part(address.neighbourhood, "鄰"),
    address.road ?? "",
    part(address.section, "段"),
    part(address.lane, "巷"),
    part(address.alley, "弄"),
    part(number, "號"),
    sub === undefined ? "" : `之${sub}`,
    part(address.floor, "樓"),
    address.floorUnit === null || address.floorUnit === undefined ? "" : `之${address.floorUnit}`,
  ].join("");
}
