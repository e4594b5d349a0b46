import type {
  CareCaseClosure,
  CareCaseStatus,
  CaseType,
  HealthNeed,
  HealthServiceUnit,
  HelpNeed,
  Honorific,
  IdentityDocument,
  NewImmigrantRelation,
  OriginCountry,
  ReferralStatus,
  ServiceContactMode,
  Sex,
  SignOffRole,
  SocialNeed,
  SocialServiceUnit,
  VisitDecision,
  VisitMode,
  VisitOutcome,
  VisitTimeSlot,
  WelcomeHandbook,
} from "../../shared/domain/enums";
import { VisitRecordState } from "../../subgraphs/district/visit-record/visit-record.entity";
import type { TaipeiAddress } from "./addresses";

/**
 * The demo data set as plain rows, one list per table of each agency. Property names are the
 * entities' property names, so each agency's loader inserts its own lists (D1).
 */
type AddressRow = TaipeiAddress;

export interface HouseholdRow {
  id: string;
  householdNumber: string;
  address: AddressRow;
}

export interface PersonRow {
  id: string;
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  idDocument: IdentityDocument;
  originCountry: OriginCountry | null;
  originCountryOther: string | null;
  mobilePhone: string | null;
  householdId: string | null;
}

export interface RegistrationRow {
  id: string;
  caseType: CaseType;
  registeredOn: string;
  officeCode: string;
  registrantId: string;
  newImmigrantId: string;
  newImmigrantRelation: NewImmigrantRelation;
  welcomeHandbook: WelcomeHandbook | null;
}

export interface ConsentInquiryRow {
  id: string;
  registrationId: string;
  caseType: CaseType;
  respondentName: string;
  respondentHonorific: Honorific;
  homePhone: string | null;
  mobilePhone: string | null;
  workPhone: string | null;
  fax: string | null;
  email: string | null;
  decision: VisitDecision;
  residenceCity: string | null;
  preferredFrom: string | null;
  preferredTo: string | null;
  timeSlot: VisitTimeSlot | null;
  visitAddressIsHousehold: boolean;
  visitAddress: AddressRow;
  householdAddress: AddressRow;
  newImmigrantId: string;
  contactAddress: string | null;
  newImmigrantPhone: string | null;
  originCountry: OriginCountry;
  originCountryOther: string | null;
  immigrantConsents: boolean;
  immigrantAcceptsMaterials: boolean;
  appliedOn: string;
  officeRemarks: string | null;
  officeCode: string;
  clerkName: string;
  clerkPhone: string;
}

export interface CareCaseRow {
  id: string;
  clientKey: string;
  consentInquiryId: string;
  personId: string;
  caseType: CaseType;
  receivingOfficeCode: string;
  visitDistrictCode: string;
  householdDistrictCode: string;
  village: string;
  neighbourhood: number | null;
  requestedMode: VisitMode;
  status: CareCaseStatus;
  handedOverAt: Date;
  acknowledgedAt: Date | null;
  assignedOfficerId: string | null;
  assignedOfficerName: string | null;
  closedOn: string | null;
  closure: CareCaseClosure | null;
}

export interface VisitAttemptRow {
  id: string;
  careCaseId: string;
  attemptNumber: number;
  attemptedOn: string;
  mode: VisitMode;
  met: boolean;
}

export interface VisitRecordRow {
  id: string;
  careCaseId: string;
  districtCode: string;
  village: string;
  serviceItem: string;
  visitedOn: string | null;
  visitedPersonName: string;
  visitedPersonPhone: string | null;
  visitedPersonAddress: string;
  outcome: VisitOutcome;
  firstMissedOn: string | null;
  secondMissedOn: string | null;
  needs: HelpNeed[];
  needsOther: string | null;
  mattersRaised: string | null;
  handling: string | null;
  /** Issue #9: demo records are filed, signed by the levels they require. */
  state: VisitRecordState.FILED;
  requiredLevels: SignOffRole[];
  plannedReferrals: never[];
  filedOn: string;
}

/** A8 (issue #9): one level's signature on a demo record. */
export interface VisitRecordSignatureRow {
  visitRecordId: string;
  level: SignOffRole;
  position: number;
  signerName: string;
  signedAt: Date;
}

interface ReferralRowBase {
  id: string;
  clientKey: string;
  careCaseId: string;
  personId: string;
  description: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
  referringDistrictCode: string;
  referredOn: string;
  receivedAt: Date;
  status: ReferralStatus;
  closedOn: string | null;
}

export interface SocialReferralRow extends ReferralRowBase {
  needs: SocialNeed[];
  serviceUnit: SocialServiceUnit;
}

export interface HealthReferralRow extends ReferralRowBase {
  needs: HealthNeed[];
  serviceUnit: HealthServiceUnit;
  healthCentreCode: string;
}

/** A service contact of a referred agency; `staffName` is the social worker's or nurse's name. */
export interface ServiceRow {
  id: string;
  referralId: string;
  servedOn: string;
  mode: ServiceContactMode;
  summary: string;
  staffName: string;
}

export interface DemoData {
  households: HouseholdRow[];
  persons: PersonRow[];
  registrations: RegistrationRow[];
  consentInquiries: ConsentInquiryRow[];
  careCases: CareCaseRow[];
  visitAttempts: VisitAttemptRow[];
  visitRecords: VisitRecordRow[];
  visitRecordSignatures: VisitRecordSignatureRow[];
  socialReferrals: SocialReferralRow[];
  socialServices: ServiceRow[];
  healthReferrals: HealthReferralRow[];
  healthServices: ServiceRow[];
}
