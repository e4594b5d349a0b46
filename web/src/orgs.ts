import { CITY_ORG, OrgKind, ORG_KIND_OF_ROLE, Role } from "../../shared/auth/roles";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { HealthServiceUnit, SocialServiceUnit } from "../../shared/domain/enums";
import { TAIPEI_POLICE_PRECINCTS } from "../../shared/domain/police-precincts";

export const SOCIAL_UNIT_LABELS: Readonly<Record<SocialServiceUnit, string>> = {
  [SocialServiceUnit.EAST_CARE_POINT]: "東區關懷據點",
  [SocialServiceUnit.WEST_CARE_POINT]: "西區關懷據點",
  [SocialServiceUnit.SOUTH_CARE_POINT]: "南區關懷據點",
  [SocialServiceUnit.NORTH_CARE_POINT]: "北區關懷據點",
  [SocialServiceUnit.FAMILY_SERVICE_CENTRE]: "新移民婦女暨家庭服務中心",
};

/** The organisations a role's token may name, as the console lists them (sign-in) and shows them (header). */
export function orgChoices(role: Role): { value: string; label: string }[] {
  switch (ORG_KIND_OF_ROLE[role]) {
    case OrgKind.HOUSEHOLD_OFFICE:
      return TAIPEI_DISTRICTS.map((district) => ({ value: district.code, label: `${district.name}戶政事務所` }));
    case OrgKind.DISTRICT:
      return TAIPEI_DISTRICTS.map((district) => ({ value: district.code, label: `${district.name}公所` }));
    case OrgKind.HEALTH_CENTRE:
      // A10 (issue #9): the city's one 社區心理衛生中心 serves counselling and what the centres transfer to it.
      return [
        ...TAIPEI_DISTRICTS.map((district) => ({ value: district.code, label: `${district.name}健康服務中心` })),
        { value: HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE, label: "社區心理衛生中心" },
      ];
    case OrgKind.SOCIAL_UNIT:
      return Object.values(SocialServiceUnit).map((unit) => ({ value: unit, label: SOCIAL_UNIT_LABELS[unit] }));
    case OrgKind.POLICE_PRECINCT:
      // Issue #12: 臺北市政府警察局's precincts (shared/domain/police-precincts.ts).
      return TAIPEI_POLICE_PRECINCTS.map((precinct) => ({ value: precinct.code, label: precinct.name }));
    case OrgKind.CITY:
      return [{ value: CITY_ORG, label: "臺北市政府" }];
    case OrgKind.PARTNER_AGENCY:
      // Issue #9: the partner agencies' directory codes (民政局 hosts their referrals).
      return [
        { value: "taipei.labour-bureau", label: "臺北市政府勞動局" },
        { value: "taipei.education-bureau", label: "臺北市政府教育局" },
      ];
  }
}


/** An organisation by the name a caseworker knows (中正區公所), its code when the console has no name for it. */
export function orgLabel(role: Role, org: string): string {
  return orgChoices(role).find((choice) => choice.value === org)?.label ?? org;
}
