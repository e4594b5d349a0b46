/**
 * Taipei's 12 districts (行政區). Each has one household registration office (戶政事務所),
 * one district office (區公所) and one health service centre (健康服務中心), so a district code
 * also names those units. Codes are the Ministry of the Interior's administrative area codes.
 */
export interface District {
  /** Administrative area code, e.g. 63000050 for 中正區. */
  readonly code: string;
  /** Latin slug accepted wherever a person types a district (token script, filters). */
  readonly slug: string;
  /** Name as written on the forms, e.g. 中正區. */
  readonly name: string;
  /** Social-welfare care point (東西南北區關懷據點, A10) that serves the district. */
  readonly carePoint: CarePointCode;
  /** Letter the district's household office uses to open a household number (戶號). */
  readonly householdNumberPrefix: string;
}

/** A10: the four social care points of 社會局. */
export const CARE_POINT_CODES = ["EAST", "WEST", "SOUTH", "NORTH"] as const;
export type CarePointCode = (typeof CARE_POINT_CODES)[number];

export const TAIPEI_DISTRICTS: readonly District[] = [
  { code: "63000010", slug: "songshan", name: "松山區", carePoint: "EAST", householdNumberPrefix: "A" },
  { code: "63000020", slug: "xinyi", name: "信義區", carePoint: "EAST", householdNumberPrefix: "B" },
  { code: "63000030", slug: "daan", name: "大安區", carePoint: "SOUTH", householdNumberPrefix: "C" },
  { code: "63000040", slug: "zhongshan", name: "中山區", carePoint: "NORTH", householdNumberPrefix: "D" },
  { code: "63000050", slug: "zhongzheng", name: "中正區", carePoint: "WEST", householdNumberPrefix: "E" },
  { code: "63000060", slug: "datong", name: "大同區", carePoint: "WEST", householdNumberPrefix: "F" },
  { code: "63000070", slug: "wanhua", name: "萬華區", carePoint: "WEST", householdNumberPrefix: "G" },
  { code: "63000080", slug: "wenshan", name: "文山區", carePoint: "SOUTH", householdNumberPrefix: "H" },
  { code: "63000090", slug: "nangang", name: "南港區", carePoint: "EAST", householdNumberPrefix: "J" },
  { code: "63000100", slug: "neihu", name: "內湖區", carePoint: "EAST", householdNumberPrefix: "K" },
  { code: "63000110", slug: "shilin", name: "士林區", carePoint: "NORTH", householdNumberPrefix: "L" },
  { code: "63000120", slug: "beitou", name: "北投區", carePoint: "NORTH", householdNumberPrefix: "M" },
];

const byCode = new Map(TAIPEI_DISTRICTS.map((district) => [district.code, district]));
const bySlug = new Map(TAIPEI_DISTRICTS.map((district) => [district.slug, district]));

export const DISTRICT_CODES: readonly string[] = TAIPEI_DISTRICTS.map((district) => district.code);

export function isDistrictCode(value: string): boolean {
  return byCode.has(value);
}

export function districtByCode(code: string): District | undefined {
  return byCode.get(code);
}

/** Accepts a code (63000050), a slug (zhongzheng) or the Chinese name (中正區). */
export function findDistrict(codeOrSlugOrName: string): District | undefined {
  const key = codeOrSlugOrName.trim();
  return (
    byCode.get(key) ??
    bySlug.get(key.toLowerCase()) ??
    TAIPEI_DISTRICTS.find((district) => district.name === key || district.name === `${key}區`)
  );
}
