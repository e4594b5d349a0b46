import { DISTRICT_CODES, findDistrict } from "./districts";

/**
 * 臺北市政府警察局's precincts (分局), issue #12 (B2, B9): a search request goes to the police of
 * the child's household district (戶籍地警察機關), so each precinct lists the districts it covers.
 * 中正區 and 文山區 are each covered by two precincts (第一、第二分局); a request for such a district
 * goes to both, which share the district (the letter is the district's, not one precinct's), so an
 * officer of either sees it. The code is a POLICE_OFFICER token's org (shared/auth/dev-orgs.ts).
 * One source for the police subgraph's routing and row scope, the token script and the tests (STYLE 9).
 */
export interface PolicePrecinct {
  /** `TPE-<district slug>[-<n>]`, upper case: the org of its officers' tokens. */
  readonly code: string;
  /** As the bureau names it, e.g. 中正第一分局. */
  readonly name: string;
  /** The districts (administrative area codes) whose households it serves. */
  readonly districtCodes: readonly string[];
}

export const TAIPEI_POLICE_PRECINCTS: readonly PolicePrecinct[] = [
  { code: "TPE-ZHONGZHENG-1", name: "中正第一分局", districtCodes: ["63000050"] },
  { code: "TPE-ZHONGZHENG-2", name: "中正第二分局", districtCodes: ["63000050"] },
  { code: "TPE-DATONG", name: "大同分局", districtCodes: ["63000060"] },
  { code: "TPE-WANHUA", name: "萬華分局", districtCodes: ["63000070"] },
  { code: "TPE-ZHONGSHAN", name: "中山分局", districtCodes: ["63000040"] },
  { code: "TPE-DAAN", name: "大安分局", districtCodes: ["63000030"] },
  { code: "TPE-XINYI", name: "信義分局", districtCodes: ["63000020"] },
  { code: "TPE-SONGSHAN", name: "松山分局", districtCodes: ["63000010"] },
  { code: "TPE-SHILIN", name: "士林分局", districtCodes: ["63000110"] },
  { code: "TPE-BEITOU", name: "北投分局", districtCodes: ["63000120"] },
  { code: "TPE-NEIHU", name: "內湖分局", districtCodes: ["63000100"] },
  { code: "TPE-NANGANG", name: "南港分局", districtCodes: ["63000090"] },
  { code: "TPE-WENSHAN-1", name: "文山第一分局", districtCodes: ["63000080"] },
  { code: "TPE-WENSHAN-2", name: "文山第二分局", districtCodes: ["63000080"] },
];

/** The precinct the development token names when none is given (dev-orgs.ts). */
export const DEFAULT_POLICE_PRECINCT = "TPE-ZHONGZHENG-1";

const byCode = new Map(TAIPEI_POLICE_PRECINCTS.map((precinct) => [precinct.code, precinct]));

export function findPrecinct(code: string): PolicePrecinct | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** B2: the precincts a district's search requests go to (one, or two for 中正區 and 文山區). */
export function precinctsOfDistrict(districtCodeOrName: string): readonly PolicePrecinct[] {
  const district = findDistrict(districtCodeOrName);
  return district === undefined ? [] : TAIPEI_POLICE_PRECINCTS.filter((precinct) => precinct.districtCodes.includes(district.code));
}

/** Every district has a precinct, and every precinct covers Taipei districts only (checked once, at load). */
for (const code of DISTRICT_CODES) {
  if (precinctsOfDistrict(code).length === 0) {
    throw new Error(`District ${code} has no police precinct (shared/domain/police-precincts.ts)`);
  }
}
