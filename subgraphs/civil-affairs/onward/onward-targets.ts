import { registerEnumType } from "type-graphql";
import type { DataSource, EntityManager } from "typeorm";
import { DISTRICT_DIRECTORY_CITY } from "../../../shared/directory/intake";
import { loadVersion, versionInForce } from "../directory/directory.store";
import { AgencyLevel } from "../directory/directory.types";
import { CIVIL_AFFAIRS_SCHEMA } from "../schema-name";

/** A11: where 民政局 refers a case onward: a central agency with the competence, or a civil-society body. */
export enum OnwardTargetKind {
  /** 中央權責機關 (e.g. 移民署, 陸委會) */
  CENTRAL_AGENCY = "CENTRAL_AGENCY",
  /** 民間團體 (海基會, 法人, 社團) */
  NGO = "NGO",
}

registerEnumType(OnwardTargetKind, { name: "OnwardTargetKind", description: "A11: 中央權責機關 or 民間團體" });

export interface OnwardTarget {
  /** The code `referOnward` names it by: its directory code. */
  readonly code: string;
  readonly name: string;
  readonly kind: OnwardTargetKind;
}

/** The directory's level of an onward target (C1: central agencies and NGOs, A11). */
const KIND_OF_LEVEL: Readonly<Partial<Record<AgencyLevel, OnwardTargetKind>>> = {
  [AgencyLevel.CENTRAL]: OnwardTargetKind.CENTRAL_AGENCY,
  [AgencyLevel.NGO]: OnwardTargetKind.NGO,
};

/**
 * A11 (seed 000, 民政局's row: 中央權責機關(如移民署、陸委會), 民間團體(海基會、法人、社團等)), issue #9
 * (C1): the bodies 民政局 refers onward to are the central agencies and NGOs of its city's service
 * directory in force on `on`, by their directory code and name, so a foundation or association the
 * city adds is a target with no code change. Undefined for any other code (a local agency too).
 */
export async function onwardTargetInForce(db: DataSource | EntityManager, code: string, on: string): Promise<OnwardTarget | undefined> {
  const stored = await versionInForce(db, CIVIL_AFFAIRS_SCHEMA, DISTRICT_DIRECTORY_CITY, on);
  if (stored === null) {
    return undefined;
  }
  const agency = (await loadVersion(db, CIVIL_AFFAIRS_SCHEMA, stored)).agencies.find((candidate) => candidate.code === code);
  const kind = agency === undefined ? undefined : KIND_OF_LEVEL[agency.level];
  return agency === undefined || kind === undefined ? undefined : { code: agency.code, name: agency.name, kind };
}
