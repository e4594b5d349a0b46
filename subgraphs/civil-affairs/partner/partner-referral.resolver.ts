import { receivingResolvers } from "../../../shared/receiving/resolvers";
import { CareCase } from "../care-case/care-case.stub";
import { Person } from "../person/person.stub";
import { PARTNER_AGENCY } from "./partner-agency";
import { PartnerReferralFilter, PartnerReferralInput } from "./partner-referral.input";
import { PARTNER_REFERRAL_TABLES, receivePartnerReferral, recordPartnerService } from "./partner-referral.service";
import { PartnerServiceInput } from "./partner-service-record.input";

/** The partner agencies' referrals: the receiving kit's queries, mutations and federated fields over their classes. */
export const PARTNER_RESOLVERS = receivingResolvers({
  agency: PARTNER_AGENCY,
  tables: PARTNER_REFERRAL_TABLES,
  referralInput: PartnerReferralInput,
  serviceInput: PartnerServiceInput,
  filter: PartnerReferralFilter,
  person: Person,
  careCase: CareCase,
  receive: receivePartnerReferral,
  recordService: recordPartnerService,
  filterBy: (filter) => ({ serviceUnit: filter.serviceUnit ?? undefined, status: filter.status ?? undefined }),
});
