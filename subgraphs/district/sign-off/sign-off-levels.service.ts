import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { badUserInput } from "../../../shared/errors";
import { SignOffRole } from "../../../shared/graphql/enums";
import { SignOffLevels } from "./sign-off-levels.entity";

/** A8: 附件4's sign-off row, in the form's order; a district that configured nothing uses all of it. */
export const DEFAULT_SIGN_OFF_LEVELS: readonly SignOffRole[] = Object.values(SignOffRole);

/** Issue #9: the 里幹事 who visited hands the record in, and 人文課 files it; neither level can be left out. */
const REQUIRED_LEVELS: readonly SignOffRole[] = [SignOffRole.VILLAGE_OFFICER, SignOffRole.HUMANITIES_SECTION];

/** The levels a district's records must be signed by, in order. */
export async function signOffLevelsOf(manager: EntityManager, districtCode: string): Promise<SignOffRole[]> {
  const row = await manager.getRepository(SignOffLevels).findOneBy({ districtCode });
  return row === null ? [...DEFAULT_SIGN_OFF_LEVELS] : row.levels;
}

/** BAD_USER_INPUT unless the levels are some of the form's, once each, in its order, with 里幹事 and 人文課. */
function checkLevels(levels: readonly SignOffRole[]): void {
  const positions = levels.map((level) => DEFAULT_SIGN_OFF_LEVELS.indexOf(level));
  if (positions.some((position, index) => index > 0 && position <= positions[index - 1])) {
    throw badUserInput(`levels must be in 附件4's order, each once: ${DEFAULT_SIGN_OFF_LEVELS.join(", ")}`, "levels");
  }
  const missing = REQUIRED_LEVELS.filter((level) => !levels.includes(level));
  if (missing.length > 0) {
    throw badUserInput(`levels must include ${missing.join(" and ")} (A8: the 里幹事 hands the record in, 人文課 files it)`, "levels");
  }
}

/**
 * Issue #9 (A8): 人文課 sets which levels its own district's 附件4 is signed by. Records already
 * handed in keep the levels they were handed in with (VisitRecord.requiredLevels).
 */
export async function setSignOffLevels(dataSource: DataSource, principal: Principal, levels: readonly SignOffRole[]): Promise<SignOffRole[]> {
  checkLevels(levels);
  const row = Object.assign(new SignOffLevels(), { districtCode: principal.org, levels: [...levels], updatedBy: principal.subject, updatedAt: now() });
  await dataSource.getRepository(SignOffLevels).save(row);
  return row.levels;
}
