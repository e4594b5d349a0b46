import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { loaderById, loaderGroupedBy } from "../../../shared/db/loaders";
import { OnwardReferral } from "./onward-referral.entity";

/** A11: onward referrals, reached only through their 民政局 referral (whose row scope guards them). */
export interface OnwardLoaders {
  /** A referral's onward referrals, oldest first. */
  readonly byReferral: DataLoader<string, OnwardReferral[]>;
  /** By key, unscoped: a write's target is checked through its referral (onward.policy.ts). */
  readonly byId: DataLoader<string, OnwardReferral | null>;
}

export function onwardLoaders(dataSource: DataSource): OnwardLoaders {
  return { byReferral: loaderGroupedBy(dataSource, OnwardReferral, "referralId", "referredOn"), byId: loaderById(dataSource, OnwardReferral) };
}
