import { DataSource } from "typeorm";
import { generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { Sex } from "../../shared/domain/enums";
import { villagesOf } from "../../shared/domain/villages";
import { dataOf } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const DAAN = "63000030";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const officerOf = (org: string) => ({ role: Role.DISTRICT_CASE_OFFICER, org });

const IMMIGRANTS = `query($district: String!) { persons(first: 200, filter: { district: $district, newImmigrant: true }) { totalCount edges { node { id } } } }`;

/**
 * Issue #13: a person's household district is kept on the person's row (migration
 * PersonHouseholdDistrict) for a district's list and its count, which read it instead of joining the
 * household. Triggers keep it, whoever writes: the demo loader's bulk insert, a registration
 * through the gateway, and a household whose district changes (no mutation changes an address
 * today; the trigger keeps any later writer honest, so the test writes it as SQL).
 */
describe("the household district on a person's row (issue #13)", () => {
  let platform: TestPlatform;
  let household: DataSource;
  const rng = new SeededRandom("person-household-district");

  const immigrantsOf = async (district: string, org: string): Promise<{ totalCount: number; ids: string[] }> => {
    const { persons } = dataOf(await platform.query<{ persons: { totalCount: number; edges: { node: { id: string } }[] } }>(IMMIGRANTS, { ...officerOf(org), variables: { district } }));
    return { totalCount: persons.totalCount, ids: persons.edges.map((edge) => edge.node.id) };
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 300, seed: "person-household-district" });
    household = platform.platform.subgraphs.get("household")!.database.dataSource;
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should hold every loaded person's household district, and none without a household", async () => {
    const [row] = (await household.query(`SELECT
        count(*) FILTER (WHERE p.household_id IS NOT NULL)::int AS "withHousehold",
        count(*) FILTER (WHERE p.household_district_code IS DISTINCT FROM h.address_district_code)::int AS "different"
      FROM household.persons p LEFT JOIN household.households h ON h.id = p.household_id`)) as { withHousehold: number; different: number }[];
    expect(row.withHousehold).toBeGreaterThan(100);
    expect(row.different).toBe(0);
  });

  it("should list and count a person registered into a household by its district, and follow the household to another", async () => {
    const before = await immigrantsOf("zhongzheng", ZHONGZHENG);
    const { registerHousehold } = dataOf(
      await platform.query<{ registerHousehold: { id: string } }>(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
        ...clerk,
        variables: { input: { householdNumber: `E${String(rng.int(0, 9_999_999)).padStart(7, "0")}`, address: { districtCode: ZHONGZHENG, village: villagesOf(ZHONGZHENG)[0], road: "測試路", number: "5" } } },
      }),
    );
    const { registerPerson } = dataOf(
      await platform.query<{ registerPerson: { id: string } }>(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
        ...clerk,
        variables: { input: { name: "阮小姐", idNumber: generateResidentCertificateNumber(rng, Sex.FEMALE), sex: "FEMALE", birthDate: "1995-04-02", originCountry: "VIETNAM", householdId: registerHousehold.id } },
      }),
    );
    const after = await immigrantsOf("zhongzheng", ZHONGZHENG);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.ids).toContain(registerPerson.id);

    const daanBefore = await immigrantsOf("daan", DAAN);
    await household.query(`UPDATE household.households SET address_district_code = $1, address_village = $2 WHERE id = $3`, [DAAN, villagesOf(DAAN)[0], registerHousehold.id]);
    const moved = await immigrantsOf("zhongzheng", ZHONGZHENG);
    expect(moved.totalCount).toBe(before.totalCount);
    expect(moved.ids).not.toContain(registerPerson.id);
    const daanAfter = await immigrantsOf("daan", DAAN);
    expect(daanAfter.totalCount).toBe(daanBefore.totalCount + 1);
    expect(daanAfter.ids).toContain(registerPerson.id);
  });
});
