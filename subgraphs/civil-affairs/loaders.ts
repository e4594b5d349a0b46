import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ReceivingLoaders, receivingLoaders } from "../../shared/receiving/loaders";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { OnwardLoaders, onwardLoaders } from "./onward/onward-referral.loaders";
import { civilAffairsPolicy } from "./policy";
import { CivilAffairsReferral } from "./referral/civil-affairs-referral.entity";
import { CIVIL_AFFAIRS_REFERRAL_TABLES } from "./referral/civil-affairs-referral.service";
import { CIVIL_AFFAIRS_SCHEMA } from "./schema-name";
import { CIVIL_AFFAIRS_SCOPES } from "./scope";
import { CivilAffairsServiceRecord } from "./service-record/civil-affairs-service-record.entity";

/**
 * 民政局's request-scoped loaders (STYLE 3), one set per part of the subgraph under its own key
 * (the receiving kits find theirs by their agency's `loadersKey`).
 */
export interface CivilAffairsLoaders {
  /** 民政局's own cases (A11). */
  readonly cases: ReceivingLoaders<CivilAffairsReferral, CivilAffairsServiceRecord>;
  /** A11: their onward referrals. */
  readonly onward: OnwardLoaders;
}

export type CivilAffairsContext = SubgraphContext<CivilAffairsLoaders>;

export function createCivilAffairsLoaders(dataSource: DataSource, principal: Principal): CivilAffairsLoaders {
  return {
    cases: receivingLoaders(dataSource, principal, { policy: civilAffairsPolicy, schema: CIVIL_AFFAIRS_SCHEMA, scopes: CIVIL_AFFAIRS_SCOPES, tables: CIVIL_AFFAIRS_REFERRAL_TABLES }),
    onward: onwardLoaders(dataSource),
  };
}
