import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ReceivingContext, ReceivingLoaders, receivingLoaders } from "../../shared/receiving/loaders";
import { HEALTH_AGENCY } from "./agency";
import { InsuranceLoaders, insuranceLoaders } from "./insurance/insurance.loaders";
import { healthPolicy } from "./policy";
import { HealthReferral } from "./referral/health-referral.entity";
import { HEALTH_REFERRAL_TABLES } from "./referral/health-referral.service";
import { HEALTH_SCOPES } from "./scope";
import { HealthServiceRecord } from "./service-record/health-service-record.entity";
import { VaccinationLoaders, vaccinationLoaders } from "./vaccination/vaccination.loaders";

/** The receiving kit's loaders, B4's under `vaccination` and B5's under `insurance` (issue #12). */
export type HealthLoaders = ReceivingLoaders<HealthReferral, HealthServiceRecord> & { readonly vaccination: VaccinationLoaders; readonly insurance: InsuranceLoaders };
export type HealthContext = ReceivingContext<HealthReferral, HealthServiceRecord>;

export function createHealthLoaders(dataSource: DataSource, principal: Principal): HealthLoaders {
  return {
    ...receivingLoaders(dataSource, principal, { policy: healthPolicy, schema: HEALTH_AGENCY.schema, scopes: HEALTH_SCOPES, tables: HEALTH_REFERRAL_TABLES }),
    vaccination: vaccinationLoaders(dataSource, principal, healthPolicy, HEALTH_SCOPES),
    insurance: insuranceLoaders(dataSource, principal, healthPolicy, HEALTH_SCOPES),
  };
}
