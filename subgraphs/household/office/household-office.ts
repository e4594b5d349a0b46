import { Field, ObjectType } from "type-graphql";
import { District, TAIPEI_DISTRICTS } from "../../../shared/domain/districts";

/** 戶政事務所: one per district; its code is the district's code. */
@ObjectType({ description: "戶政事務所: a household registration office (one per Taipei district)" })
export class HouseholdOffice {
  @Field({ description: "The district code, which names the office" })
  code!: string;

  @Field({ description: "e.g. 臺北市中正區戶政事務所" })
  name!: string;

  @Field({ description: "e.g. 中正區" })
  districtName!: string;
}

export function officeOf(district: District): HouseholdOffice {
  return Object.assign(new HouseholdOffice(), {
    code: district.code,
    name: `臺北市${district.name}戶政事務所`,
    districtName: district.name,
  });
}

export const HOUSEHOLD_OFFICES: readonly HouseholdOffice[] = TAIPEI_DISTRICTS.map(officeOf);
