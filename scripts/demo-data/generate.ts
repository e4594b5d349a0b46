import { addDays } from "../../shared/calendar/iso-date";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import {
  CareCaseClosure,
  CareCaseStatus,
  CaseType,
  HealthNeed,
  HealthServiceUnit,
  HelpNeed,
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
import { formatAddress, randomAddress, randomMobile, randomTaipeiPhone, TaipeiAddress } from "./addresses";
import { generateNationalId, generateResidentCertificateNumber } from "./identity";
import { honorificFor, newImmigrantName, taiwaneseName } from "./names";
import { SeededRandom } from "./random";
import type {
  CareCaseRow,
  ConsentInquiryRow,
  DemoData,
  HealthReferralRow,
  HouseholdRow,
  PersonRow,
  RegistrationRow,
  ServiceRow,
  SocialReferralRow,
  VisitAttemptRow,
  VisitRecordRow,
} from "./rows";

/** A12: the case-type mix of 17,974 cases recorded in 2015-06 … 2018-12 (seed 001). */
const CASE_TYPE_MIX: readonly (readonly [CaseType, number])[] = [
  [CaseType.BIRTH, 3283],
  [CaseType.MARRIAGE, 5898],
  [CaseType.DIVORCE, 1404],
  [CaseType.DEATH, 270],
  [CaseType.MOVE, 4052],
  [CaseType.ADOPTION, 48],
  [CaseType.FIRST_REGISTRATION, 544],
  [CaseType.OTHER, 2475],
];

/** Taipei's new-immigrant spouses by origin, roughly (mainland China first, then Vietnam). */
const ORIGIN_MIX: readonly (readonly [OriginCountry, number])[] = [
  [OriginCountry.MAINLAND_HK_MACAU, 64],
  [OriginCountry.VIETNAM, 18],
  [OriginCountry.INDONESIA, 5],
  [OriginCountry.PHILIPPINES, 4],
  [OriginCountry.THAILAND, 2],
  [OriginCountry.MYANMAR, 2],
  [OriginCountry.OTHER, 5],
];

/**
 * A12/R6: 10,654 of 17,974 cases were visited (home or phone); the rest declined — 附件1 has no
 * other box (issue #9).
 */
const DECISION_MIX: readonly (readonly [VisitDecision, number])[] = [
  [VisitDecision.HOME_VISIT, 55],
  [VisitDecision.PHONE_VISIT, 4],
  [VisitDecision.DECLINED, 41],
];

/** A1: the clerk gives 幸福手冊 at nearly every registration, mostly as a book. */
const HANDBOOK_MIX: readonly (readonly [WelcomeHandbook | null, number])[] = [
  [WelcomeHandbook.BOOK, 70],
  [WelcomeHandbook.CD, 25],
  [null, 5],
];

/** A1: who the generated new immigrant is to the registration (every generated one triggers 附件1). */
function relationFor(caseType: CaseType, registrantIsImmigrant: boolean): NewImmigrantRelation {
  if (caseType === CaseType.DEATH) {
    return NewImmigrantRelation.SURVIVING_SPOUSE;
  }
  if (registrantIsImmigrant) {
    return NewImmigrantRelation.REGISTRANT;
  }
  return caseType === CaseType.BIRTH ? NewImmigrantRelation.PARENT : NewImmigrantRelation.REGISTRANT_SPOUSE;
}

/** A12: 640 referrals per 10,654 visited; social 531, health 29, labour 53, education 20, civil affairs 7. */
const REFERRAL_RATE = 640 / 10654;
const REFERRAL_NEED_MIX: readonly (readonly [HelpNeed, number])[] = [
  [HelpNeed.SOCIAL_WELFARE_BUREAU, 531],
  [HelpNeed.HEALTH_BUREAU, 29],
  [HelpNeed.LABOUR_BUREAU, 53],
  [HelpNeed.EDUCATION_BUREAU, 20],
  [HelpNeed.CIVIL_AFFAIRS_BUREAU, 7],
];

const CARE_POINT_UNIT: Readonly<Record<string, SocialServiceUnit>> = {
  EAST: SocialServiceUnit.EAST_CARE_POINT,
  WEST: SocialServiceUnit.WEST_CARE_POINT,
  SOUTH: SocialServiceUnit.SOUTH_CARE_POINT,
  NORTH: SocialServiceUnit.NORTH_CARE_POINT,
};

const FROM = new Date("2025-01-01T00:00:00Z");
const TO = new Date("2026-10-31T00:00:00Z");
const TIMESTAMP_OF = (isoDate: string, hour: number): Date => new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00+08:00`);

export interface GenerateOptions {
  /** How many persons to make, at least; families are whole, so a few more may come. */
  readonly persons: number;
  readonly seed?: number | string;
}

function emptyData(): DemoData {
  return {
    households: [],
    persons: [],
    registrations: [],
    consentInquiries: [],
    careCases: [],
    visitAttempts: [],
    visitRecords: [],
    visitRecordSignatures: [],
    socialReferrals: [],
    socialServices: [],
    healthReferrals: [],
    healthServices: [],
  };
}

function addressColumns(address: TaipeiAddress): HouseholdRow["address"] {
  return { ...address };
}

/**
 * Makes a deterministic demo data set: families of a Taiwanese spouse and a new immigrant (with a
 * child at a birth), each with a registration and its consent inquiry (A1–A3), a district care
 * case for the consenting ones (A4–A7), a visit record (A8) and referrals to social and health in
 * the proportions of the seed statistics (A12).
 */
export function generateDemoData(options: GenerateOptions): DemoData {
  const rng = new SeededRandom(options.seed ?? "taipei-demo");
  const data = emptyData();
  const usedIdNumbers = new Set<string>();
  let householdSequence = 0;

  const uniqueId = (make: () => string): string => {
    let id = make();
    while (usedIdNumbers.has(id)) {
      id = make();
    }
    usedIdNumbers.add(id);
    return id;
  };

  const addPerson = (person: Omit<PersonRow, "id">): PersonRow => {
    const row = { id: rng.uuid(), ...person };
    data.persons.push(row);
    return row;
  };

  while (data.persons.length < options.persons) {
    const district = rng.pick(TAIPEI_DISTRICTS);
    householdSequence += 1;
    const address = randomAddress(rng, district.code);
    const household: HouseholdRow = {
      id: rng.uuid(),
      householdNumber: `${district.householdNumberPrefix}${String(householdSequence).padStart(7, "0")}`,
      address: addressColumns(address),
    };
    data.households.push(household);

    const origin = rng.weighted(ORIGIN_MIX);
    const immigrantSex = rng.chance(0.9) ? Sex.FEMALE : Sex.MALE;
    const spouseSex = immigrantSex === Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
    const spouse = addPerson({
      name: taiwaneseName(rng, spouseSex),
      sex: spouseSex,
      birthDate: rng.dateBetween(new Date("1960-01-01"), new Date("1998-12-31")),
      idNumber: uniqueId(() => generateNationalId(rng, spouseSex)),
      idDocument: IdentityDocument.NATIONAL_ID,
      originCountry: null,
      originCountryOther: null,
      mobilePhone: randomMobile(rng),
      householdId: household.id,
    });
    const immigrant = addPerson({
      name: newImmigrantName(rng, origin, immigrantSex),
      sex: immigrantSex,
      birthDate: rng.dateBetween(new Date("1970-01-01"), new Date("2002-12-31")),
      idNumber: uniqueId(() => generateResidentCertificateNumber(rng, immigrantSex)),
      idDocument: IdentityDocument.RESIDENT_CERTIFICATE,
      originCountry: origin,
      originCountryOther: origin === OriginCountry.OTHER ? rng.pick(["日本", "韓國", "馬來西亞", "柬埔寨", "美國"]) : null,
      mobilePhone: rng.chance(0.8) ? randomMobile(rng) : null,
      householdId: household.id,
    });

    const caseType = rng.weighted(CASE_TYPE_MIX);
    const registeredOn = rng.dateBetween(FROM, TO);
    if (caseType === CaseType.BIRTH || caseType === CaseType.ADOPTION) {
      const childSex = rng.chance(0.5) ? Sex.MALE : Sex.FEMALE;
      addPerson({
        name: `${spouse.name.slice(0, 1)}${taiwaneseName(rng, childSex).slice(1)}`,
        sex: childSex,
        birthDate: caseType === CaseType.BIRTH ? addDays(registeredOn, -rng.int(1, 50)) : rng.dateBetween(new Date("2020-01-01"), new Date(registeredOn)),
        idNumber: uniqueId(() => generateNationalId(rng, childSex)),
        idDocument: IdentityDocument.NATIONAL_ID,
        originCountry: null,
        originCountryOther: null,
        mobilePhone: null,
        householdId: household.id,
      });
    }
    // A13: a new immigrant may register her own move.
    const registrant = caseType === CaseType.MOVE && rng.chance(0.5) ? immigrant : spouse;
    const registration: RegistrationRow = {
      id: rng.uuid(),
      caseType,
      registeredOn,
      officeCode: district.code,
      registrantId: registrant.id,
      newImmigrantId: immigrant.id,
      newImmigrantRelation: relationFor(caseType, registrant === immigrant),
      welcomeHandbook: rng.weighted(HANDBOOK_MIX),
    };
    data.registrations.push(registration);
    addConsentAndCase(rng, data, registration, household, immigrant, registrant);
  }
  return data;
}

function addConsentAndCase(
  rng: SeededRandom,
  data: DemoData,
  registration: RegistrationRow,
  household: HouseholdRow,
  immigrant: PersonRow,
  respondent: PersonRow,
): void {
  const decision = rng.weighted(DECISION_MIX);
  const consents = decision === VisitDecision.HOME_VISIT || decision === VisitDecision.PHONE_VISIT;
  const appliedOn = registration.registeredOn;
  // R5: a family may ask to be visited in another district than the receiving office's.
  const visitAddress = rng.chance(0.1) ? randomAddress(rng, rng.pick(TAIPEI_DISTRICTS).code) : household.address;
  const inquiry: ConsentInquiryRow = {
    id: rng.uuid(),
    registrationId: registration.id,
    caseType: registration.caseType,
    respondentName: respondent.name,
    respondentHonorific: honorificFor(respondent.sex),
    homePhone: rng.chance(0.5) ? randomTaipeiPhone(rng) : null,
    mobilePhone: respondent.mobilePhone,
    workPhone: rng.chance(0.2) ? randomTaipeiPhone(rng) : null,
    fax: null,
    email: rng.chance(0.3) ? `family${rng.int(1000, 99999)}@example.tw` : null,
    decision,
    residenceCity: null,
    preferredFrom: consents ? addDays(appliedOn, 3) : null,
    preferredTo: consents ? addDays(appliedOn, rng.int(4, 7)) : null,
    timeSlot: consents ? rng.pick([VisitTimeSlot.MORNING, VisitTimeSlot.AFTERNOON]) : null,
    visitAddressIsHousehold: visitAddress === household.address,
    visitAddress: { ...visitAddress },
    householdAddress: { ...household.address },
    newImmigrantId: immigrant.id,
    contactAddress: rng.chance(0.8) ? formatAddress(household.address) : null,
    newImmigrantPhone: immigrant.mobilePhone,
    originCountry: immigrant.originCountry ?? OriginCountry.OTHER,
    originCountryOther: immigrant.originCountryOther,
    immigrantConsents: consents,
    immigrantAcceptsMaterials: consents || rng.chance(0.3),
    appliedOn,
    officeRemarks: null,
    officeCode: registration.officeCode,
    clerkName: `戶政承辦${rng.int(1, 40)}號`,
    clerkPhone: randomTaipeiPhone(rng),
  };
  data.consentInquiries.push(inquiry);
  if (consents) {
    addCareCase(rng, data, inquiry, decision === VisitDecision.PHONE_VISIT ? VisitMode.PHONE : VisitMode.HOME, immigrant);
  }
}

function addCareCase(rng: SeededRandom, data: DemoData, inquiry: ConsentInquiryRow, mode: VisitMode, immigrant: PersonRow): void {
  const handedOverOn = addDays(inquiry.appliedOn, 1);
  const careCase: CareCaseRow = {
    id: rng.uuid(),
    clientKey: `household:consent:${inquiry.id}`,
    consentInquiryId: inquiry.id,
    personId: inquiry.newImmigrantId,
    caseType: inquiry.caseType,
    receivingOfficeCode: inquiry.officeCode,
    visitDistrictCode: inquiry.visitAddress.districtCode,
    householdDistrictCode: inquiry.householdAddress.districtCode,
    village: inquiry.visitAddress.village,
    neighbourhood: inquiry.visitAddress.neighbourhood,
    requestedMode: mode,
    status: CareCaseStatus.OPEN,
    handedOverAt: TIMESTAMP_OF(handedOverOn, 10),
    acknowledgedAt: TIMESTAMP_OF(handedOverOn, 15),
    assignedOfficerId: `village-officer-${inquiry.visitAddress.districtCode}-${rng.int(1, 20)}`,
    assignedOfficerName: `里幹事${rng.int(1, 20)}號`,
    closedOn: null,
    closure: null,
  };
  data.careCases.push(careCase);
  const stage = rng.next();
  if (stage < 0.1) {
    // Recently handed over: not yet visited.
    return;
  }
  const firstOn = addDays(handedOverOn, rng.int(2, 6));
  const missedTwice = stage < 0.16;
  const missedOnce = !missedTwice && stage < 0.3;
  const attempts: VisitAttemptRow[] = [{ id: rng.uuid(), careCaseId: careCase.id, attemptNumber: 1, attemptedOn: firstOn, mode, met: !(missedTwice || missedOnce) }];
  if (missedTwice || missedOnce) {
    attempts.push({ id: rng.uuid(), careCaseId: careCase.id, attemptNumber: 2, attemptedOn: addDays(firstOn, rng.int(2, 7)), mode, met: missedOnce });
  }
  data.visitAttempts.push(...attempts);
  const last = attempts[attempts.length - 1];
  const referred = !missedTwice && rng.chance(REFERRAL_RATE);
  const need = referred ? rng.weighted(REFERRAL_NEED_MIX) : null;
  const outcome = missedTwice ? VisitOutcome.MISSED : need === null ? VisitOutcome.ALL_WELL : VisitOutcome.NEEDS_HELP;
  const record: VisitRecordRow = {
    id: rng.uuid(),
    careCaseId: careCase.id,
    districtCode: careCase.visitDistrictCode,
    village: careCase.village,
    serviceItem: "關懷訪視",
    visitedOn: missedTwice ? null : last.attemptedOn,
    visitedPersonName: immigrant.name,
    visitedPersonPhone: immigrant.mobilePhone,
    visitedPersonAddress: formatAddress(inquiry.visitAddress),
    outcome,
    firstMissedOn: missedTwice || missedOnce ? firstOn : null,
    secondMissedOn: missedTwice ? last.attemptedOn : null,
    needs: need === null ? [] : [need],
    needsOther: null,
    mattersRaised: null,
    // Issue #9: what the demo's free 服務概況 said is the district's handling (服務概況 is the outcome column, A8).
    handling: outcome === VisitOutcome.ALL_WELL ? "家庭生活適應良好，提供市府福利資訊" : outcome === VisitOutcome.MISSED ? null : "家庭有協助需求，已轉介",
    state: VisitRecordState.FILED,
    requiredLevels: DEMO_SIGN_OFF_LEVELS,
    plannedReferrals: [],
    filedOn: addDays(last.attemptedOn, rng.int(1, 2)),
  };
  data.visitRecords.push(record);
  // A8: signed on the filing day, in order (a district using three of the six levels).
  data.visitRecordSignatures.push(
    ...DEMO_SIGN_OFF_LEVELS.map((level, position) => ({ visitRecordId: record.id, level, position, signerName: DEMO_SIGNERS[level], signedAt: new Date(`${record.filedOn}T09:0${position}:00+08:00`) })),
  );
  if (missedTwice) {
    Object.assign(careCase, { status: CareCaseStatus.CLOSED, closure: CareCaseClosure.TWO_MISSED_VISITS, closedOn: last.attemptedOn });
  } else if (need === null) {
    Object.assign(careCase, { status: CareCaseStatus.CLOSED, closure: CareCaseClosure.NO_FURTHER_NEED, closedOn: record.filedOn });
  } else {
    careCase.status = CareCaseStatus.REFERRED;
    addReferral(rng, data, careCase, need, record);
  }
}

/** The sign-off levels the demo districts use (A8: a district configures which of the six it uses). */
const DEMO_SIGN_OFF_LEVELS: SignOffRole[] = [SignOffRole.VILLAGE_OFFICER, SignOffRole.CIVIL_SECTION_HEAD, SignOffRole.HUMANITIES_SECTION];
const DEMO_SIGNERS: Record<SignOffRole, string> = {
  [SignOffRole.VILLAGE_OFFICER]: "里幹事",
  [SignOffRole.CIVIL_SECTION_HEAD]: "民政課長",
  [SignOffRole.HUMANITIES_SECTION]: "人文課承辦",
  [SignOffRole.CHIEF_SECRETARY]: "主任秘書",
  [SignOffRole.DEPUTY_DISTRICT_CHIEF]: "副區長",
  [SignOffRole.DISTRICT_CHIEF]: "區長",
};

function addReferral(rng: SeededRandom, data: DemoData, careCase: CareCaseRow, need: HelpNeed, record: VisitRecordRow): void {
  const referredOn = record.filedOn;
  const closed = rng.chance(0.5);
  const servedOn = addDays(referredOn, rng.int(1, 6));
  const common = {
    id: rng.uuid(),
    careCaseId: careCase.id,
    personId: careCase.personId,
    referringDistrictCode: careCase.visitDistrictCode,
    // The referral carries whom to contact, from 附件4.
    contactName: record.visitedPersonName,
    contactPhone: record.visitedPersonPhone,
    contactAddress: record.visitedPersonAddress,
    referredOn,
    receivedAt: TIMESTAMP_OF(referredOn, 16),
    status: closed ? ReferralStatus.CLOSED : ReferralStatus.IN_SERVICE,
    closedOn: closed ? addDays(servedOn, rng.int(7, 60)) : null,
  };
  if (need === HelpNeed.SOCIAL_WELFARE_BUREAU) {
    const needs = [rng.weighted<SocialNeed>([[SocialNeed.DIVORCE, 3], [SocialNeed.DEATH_OF_SPOUSE, 1], [SocialNeed.DOMESTIC_VIOLENCE, 1], [SocialNeed.FAMILY_RELATIONSHIP, 3], [SocialNeed.ECONOMIC, 2]])];
    const district = TAIPEI_DISTRICTS.find((candidate) => candidate.code === careCase.visitDistrictCode);
    const referral: SocialReferralRow = {
      ...common,
      clientKey: `district:social:${careCase.id}`,
      needs,
      description: needs.includes(SocialNeed.DOMESTIC_VIOLENCE) ? "案主表示遭受家庭暴力，已通報家防中心" : "家庭關係與生活適應需社工評估",
      serviceUnit: needs.includes(SocialNeed.DOMESTIC_VIOLENCE) ? SocialServiceUnit.FAMILY_SERVICE_CENTRE : CARE_POINT_UNIT[district?.carePoint ?? "WEST"],
    };
    data.socialReferrals.push(referral);
    data.socialServices.push(serviceRow(rng, referral.id, servedOn, `社工${rng.int(1, 30)}號`, "社工電話評估並提供諮詢"));
  } else if (need === HelpNeed.HEALTH_BUREAU) {
    const needs = [rng.pick([HealthNeed.PRENATAL_POSTNATAL, HealthNeed.NEWBORN_CARE, HealthNeed.MEDICAL, HealthNeed.COUNSELLING])];
    const referral: HealthReferralRow = {
      ...common,
      clientKey: `district:health:${careCase.id}`,
      needs,
      description: "需衛生所追蹤",
      serviceUnit: needs[0] === HealthNeed.COUNSELLING ? HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE : HealthServiceUnit.HEALTH_SERVICE_CENTRE,
      healthCentreCode: careCase.visitDistrictCode,
    };
    data.healthReferrals.push(referral);
    data.healthServices.push(serviceRow(rng, referral.id, servedOn, `公衛護士${rng.int(1, 30)}號`, "公衛護士電話關懷並衛教"));
  }
}

function serviceRow(rng: SeededRandom, referralId: string, servedOn: string, staffName: string, summary: string): ServiceRow {
  return { id: rng.uuid(), referralId, servedOn, mode: rng.pick([ServiceContactMode.PHONE, ServiceContactMode.HOME_VISIT]), summary, staffName };
}
