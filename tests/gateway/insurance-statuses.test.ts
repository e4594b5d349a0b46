import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { dataOf, errorCodes, postGraphQL } from "../support/graphql";
import { deliverNhiaList, NhiaChild } from "../support/nhia";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

const ZHONGZHENG = "63000050";
const SONGSHAN = "63000010";
const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
const songshanNurse = { role: Role.HEALTH_NURSE, org: SONGSHAN };
const daanNurse = { role: Role.HEALTH_NURSE, org: "63000030" };
/** Roles with no business with a child's insurance (ARCHITECTURE's role table): district, police, analyst. */
const OTHERS = [
  { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG },
  { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" },
  { role: Role.CIVIL_AFFAIRS_ANALYST, org: CITY_ORG },
] as const;

const id = (seed: string): string => generateNationalId(new SeededRandom(`insurance-statuses:${seed}`), Sex.FEMALE);
/** The NHIA's list of 2026-12-10, by hand: three children of 中正區, one of 松山區. */
const CHILDREN: readonly NhiaChild[] = [
  { rowId: "NHIA-S1", idNumber: id("1"), name: "王小一", birthDate: "2023-01-01", district: ZHONGZHENG, uninsuredSince: "2025-01-01" },
  { rowId: "NHIA-S2", idNumber: id("2"), name: "王小二", birthDate: "2023-02-02", district: ZHONGZHENG, uninsuredSince: "2025-02-02" },
  { rowId: "NHIA-S3", idNumber: id("3"), name: "王小三", birthDate: "2023-03-03", district: ZHONGZHENG, uninsuredSince: "2025-03-03" },
  { rowId: "NHIA-S4", idNumber: id("4"), name: "王小四", birthDate: "2023-04-04", district: SONGSHAN, uninsuredSince: "2025-04-04" },
];

const STATUS = "id healthCentreCode uninsuredSince nhiaListedOn lastListedOn";
const PAGE = `query($first: Int, $after: String) { insuranceStatuses(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${STATUS} } } } }`;

interface StatusPage {
  insuranceStatuses: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Record<string, string> }[] };
}

/**
 * Issue #12 (B5): the 公衛護士's list of the NHIA's uninsured children of her 健康服務中心, paged,
 * in row scope: another centre's nurse sees none of them (nor counts them); no other role lists
 * them, nor reads a status behind social's notice (ChildCareNotice.insuranceStatus, which the
 * gateway resolves in health's `_entities` under the caller's token).
 */
describe("the nurse's insurance statuses of her centre's children (issue #12, B5)", () => {
  let platform: TestPlatform;
  let noticeKeys: Map<string, string>;

  beforeAll(async () => {
    setFakeNow(new Date("2026-12-10T02:00:00Z"));
    platform = await startTestPlatform({ persons: 2, seed: "insurance-statuses" });
    expect(await deliverNhiaList(platform, CHILDREN)).toEqual({ taken: 4, skipped: {} });
    const health = platform.platform.subgraphs.get("health")!.database.dataSource;
    const rows = (await health.query(`SELECT "id_number", "notice_key"::text AS "key" FROM "health"."uninsured_children"`)) as { id_number: string; key: string }[];
    noticeKeys = new Map(rows.map((row) => [row.id_number, row.key]));
    await platform.runJob("health", "outbox-dispatch");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  const expected = (child: NhiaChild): Record<string, string> => ({
    id: noticeKeys.get(child.idNumber)!,
    healthCentreCode: child.district,
    uninsuredSince: child.uninsuredSince,
    nhiaListedOn: "2026-12-10",
    lastListedOn: "2026-12-10",
  });

  it("should page the centre's statuses for its nurse, each once, and only hers", async () => {
    const first = dataOf(await platform.query<StatusPage>(PAGE, { ...nurse, variables: { first: 2 } })).insuranceStatuses;
    expect(first.totalCount).toBe(3);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await platform.query<StatusPage>(PAGE, { ...nurse, variables: { first: 2, after: first.pageInfo.endCursor } })).insuranceStatuses;
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const listed = [...first.edges, ...second.edges].map(({ node }) => node).sort((a, b) => a.uninsuredSince.localeCompare(b.uninsuredSince));
    expect(listed).toEqual(CHILDREN.slice(0, 3).map(expected));
  });

  it("should show another centre's nurse only her own centre's, and a centre with none nothing", async () => {
    const songshan = dataOf(await platform.query<StatusPage>(PAGE, songshanNurse)).insuranceStatuses;
    expect(songshan.totalCount).toBe(1);
    expect(songshan.edges.map(({ node }) => node)).toEqual([expected(CHILDREN[3])]);
    const daan = dataOf(await platform.query<StatusPage>(PAGE, daanNurse)).insuranceStatuses;
    expect(daan).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it("should refuse a malformed page with BAD_USER_INPUT", async () => {
    expect(errorCodes(await platform.query(PAGE, { ...nurse, variables: { first: 0 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(PAGE, { ...nurse, variables: { first: 2, after: "not-a-cursor" } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it.each(OTHERS)("should refuse $role the list, the statuses behind social's notices, and the NHIA's dates", async (as) => {
    const response = await platform.query<StatusPage>(PAGE, as);
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expect(response.data?.insuranceStatuses ?? null).toBeNull();
    // At the gateway: the notices that carry the statuses are social's alone.
    const cases = await platform.query(`{ childCareCases { notices { insuranceStatus { ${STATUS} } } } }`, as);
    expect(errorCodes(cases)).toEqual(["FORBIDDEN"]);
    // How the gateway resolves ChildCareNotice.insuranceStatus: health's _entities, under the caller's token.
    const token = await tokenFor(as.role, as.org);
    const entities = await postGraphQL<{ _entities: (Record<string, string | null> | null)[] }>(
      platform.subgraphUrl("health"),
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on InsuranceStatus { ${STATUS} } } }`,
      { token, variables: { representations: [{ __typename: "InsuranceStatus", id: noticeKeys.get(CHILDREN[0].idNumber) }] } },
    );
    expect(new Set(entities.errors?.map((error) => error.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    expect(JSON.stringify(entities.data ?? null)).not.toMatch(/2025-01-01|2026-12-10/);
  });
});
