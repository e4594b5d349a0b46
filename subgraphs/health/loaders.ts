import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ReceivingContext, ReceivingLoaders, receivingLoaders } from "../../shared/receiving/loaders";
import { HEALTH_AGENCY } from "./agency";
import { healthPolicy } from "./policy";
import { HealthReferral } from "./referral/health-referral.entity";
import { HEALTH_REFERRAL_TABLES } from "./referral/health-referral.service";
import { HEALTH_SCOPES } from "./scope";
import { HealthServiceRecord } from "./service-record/health-service-record.entity";

export type HealthLoaders = ReceivingLoaders<HealthReferral, HealthServiceRecord>;
export type HealthContext = ReceivingContext<HealthReferral, HealthServiceRecord>;

export function createHealthLoaders(dataSource: DataSource, principal: Principal): HealthLoaders {
  return receivingLoaders(dataSource, principal, { policy: healthPolicy, schema: HEALTH_AGENCY.schema, scopes: HEALTH_SCOPES, tables: HEALTH_REFERRAL_TABLES });
}
