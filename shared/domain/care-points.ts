import { CarePointCode, TAIPEI_DISTRICTS } from "./districts";
import { SocialServiceUnit } from "./enums";

/** A10: the social unit of each care point (東/西/南/北區關懷據點). */
export const CARE_POINT_UNITS: Readonly<Record<CarePointCode, SocialServiceUnit>> = {
  EAST: SocialServiceUnit.EAST_CARE_POINT,
  WEST: SocialServiceUnit.WEST_CARE_POINT,
  SOUTH: SocialServiceUnit.SOUTH_CARE_POINT,
  NORTH: SocialServiceUnit.NORTH_CARE_POINT,
};

/**
 * The household districts whose children's child-care cases a care point holds (issue #12: the
 * holding unit is the care point of the household district). Another agency's row scope for a
 * social worker reads it from its own rows' district (D1), without asking social.
 */
export function districtsOfCarePoint(unit: string): string[] {
  return TAIPEI_DISTRICTS.filter((district) => CARE_POINT_UNITS[district.carePoint] === unit).map((district) => district.code);
}
