import { SocialServiceUnit } from "../../../shared/graphql/enums";
import { receivingResolvers } from "../../../shared/receiving/resolvers";
import { SOCIAL_AGENCY } from "../agency";
import { CareCase } from "../care-case/care-case.stub";
import { Person } from "../person/person.stub";
import { SocialServiceInput } from "../service-record/social-service-record.input";
import { SOCIAL_TRANSFER_RULES } from "../transfer/social-transfer.rules";
import { SocialReferralFilter, SocialReferralInput } from "./social-referral.input";
import { receiveSocialReferral, recordSocialService, SOCIAL_REFERRAL_TABLES } from "./social-referral.service";

/** 社會局's queries, mutations and federated fields: the receiving kit's, over social's own classes. */
export const SOCIAL_RESOLVERS = receivingResolvers({
  agency: SOCIAL_AGENCY,
  tables: SOCIAL_REFERRAL_TABLES,
  referralInput: SocialReferralInput,
  serviceInput: SocialServiceInput,
  filter: SocialReferralFilter,
  person: Person,
  careCase: CareCase,
  transfer: { serviceUnits: SocialServiceUnit, rules: SOCIAL_TRANSFER_RULES },
  receive: receiveSocialReferral,
  recordService: recordSocialService,
  filterBy: (filter) => ({ serviceUnit: filter.serviceUnit ?? undefined, status: filter.status ?? undefined }),
});
