import { HealthServiceUnit } from "../../../shared/graphql/enums";
import { districtNamedIn } from "../../../shared/receiving/intake";
import { receivingResolvers } from "../../../shared/receiving/resolvers";
import { HEALTH_AGENCY } from "../agency";
import { CareCase } from "../care-case/care-case.stub";
import { Person } from "../person/person.stub";
import { HealthServiceInput } from "../service-record/health-service-record.input";
import { HEALTH_TRANSFER_RULES } from "../transfer/health-transfer.rules";
import { HealthReferralFilter, HealthReferralInput } from "./health-referral.input";
import { HEALTH_REFERRAL_TABLES, receiveHealthReferral, recordHealthService } from "./health-referral.service";

/** 衛生局's queries, mutations and federated fields: the receiving kit's, over health's own classes. */
export const HEALTH_RESOLVERS = receivingResolvers({
  agency: HEALTH_AGENCY,
  tables: HEALTH_REFERRAL_TABLES,
  referralInput: HealthReferralInput,
  serviceInput: HealthServiceInput,
  filter: HealthReferralFilter,
  person: Person,
  careCase: CareCase,
  transfer: { serviceUnits: HealthServiceUnit, rules: HEALTH_TRANSFER_RULES },
  receive: receiveHealthReferral,
  recordService: recordHealthService,
  filterBy: (filter) => ({
    healthCentreCode: typeof filter.healthCentre === "string" ? districtNamedIn(filter.healthCentre, "filter.healthCentre").code : undefined,
    serviceUnit: filter.serviceUnit ?? undefined,
    status: filter.status ?? undefined,
  }),
});
