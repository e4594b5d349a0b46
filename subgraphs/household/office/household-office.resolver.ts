import { Query, Resolver } from "type-graphql";
import { HOUSEHOLD_OFFICES, HouseholdOffice } from "./household-office";

@Resolver(() => HouseholdOffice)
export class HouseholdOfficeResolver {
  @Query(() => [HouseholdOffice], { description: "Taipei's 12 household registration offices" })
  householdOffices(): readonly HouseholdOffice[] {
    return HOUSEHOLD_OFFICES;
  }
}
