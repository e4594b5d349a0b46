import { DemoData } from "../../scripts/demo-data/rows";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";

/**
 * The tests' own reading of the row scopes (issue #4), written from the policy comments and DOMAIN
 * rules rather than from the SQL, so the matrix tests check the implementation against it.
 */
export function districtOfHousehold(data: DemoData, householdId: string | null): string | undefined {
  return data.households.find((household) => household.id === householdId)?.address.districtCode;
}

/** 區公所 (A5): residents of the district and new immigrants to be visited in it. */
export function personsOfDistrict(data: DemoData, district: string): Set<string> {
  const visited = new Set(data.consentInquiries.filter((inquiry) => inquiry.visitAddress.districtCode === district).map((inquiry) => inquiry.newImmigrantId));
  return new Set(
    data.persons.filter((person) => districtOfHousehold(data, person.householdId) === district || visited.has(person.id)).map((person) => person.id),
  );
}

/** The social care point that serves a district (A10). */
export function carePointUnitOf(districtCode: string): string {
  const district = TAIPEI_DISTRICTS.find((candidate) => candidate.code === districtCode);
  return `${district?.carePoint ?? "WEST"}_CARE_POINT`;
}
