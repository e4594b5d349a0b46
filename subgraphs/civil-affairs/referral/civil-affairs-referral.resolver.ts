import { receivingResolvers } from "../../../shared/receiving/resolvers";
import { CIVIL_AFFAIRS_AGENCY } from "../agency";
import { CareCase } from "../care-case/care-case.stub";
import { Person } from "../person/person.stub";
import { CivilAffairsServiceInput } from "../service-record/civil-affairs-service-record.input";
import { CivilAffairsReferralFilter, CivilAffairsReferralInput } from "./civil-affairs-referral.input";
import { CIVIL_AFFAIRS_REFERRAL_TABLES, receiveCivilAffairsReferral, recordCivilAffairsService } from "./civil-affairs-referral.service";

/** 民政局's own cases: the receiving kit's queries, mutations and federated fields over its classes. */
export const CIVIL_AFFAIRS_RESOLVERS = receivingResolvers({
  agency: CIVIL_AFFAIRS_AGENCY,
  tables: CIVIL_AFFAIRS_REFERRAL_TABLES,
  referralInput: CivilAffairsReferralInput,
  serviceInput: CivilAffairsServiceInput,
  filter: CivilAffairsReferralFilter,
  person: Person,
  careCase: CareCase,
  receive: receiveCivilAffairsReferral,
  recordService: recordCivilAffairsService,
  filterBy: (filter) => ({ serviceUnit: filter.serviceUnit ?? undefined, status: filter.status ?? undefined }),
});
