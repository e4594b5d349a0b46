import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import { daysBetween } from "../../../shared/calendar/iso-date";
import { now } from "../../../shared/clock";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
import { VisitDecision } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { present } from "../../../shared/graphql/present";
import { optionalEmail, optionalLandline, optionalMobilePhone, optionalPhone, requiredPhone } from "../../../shared/validation/contact";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "../deadlines";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { toAddress } from "../person/person.service";
import { Registration } from "./registration.entity";
import { ConsentInquiryInput, RecordRegistrationInput } from "./registration.input";

/** A2: the form promises a visit 3–7 calendar days after the application (R2). */
const PREFERRED_WINDOW = { fromDay: 3, toDay: 7 } as const;

function checkPreferredDates(input: ConsentInquiryInput): void {
  for (const [field, date] of [
    ["consentInquiry.preferredFrom", input.preferredFrom],
    ["consentInquiry.preferredTo", input.preferredTo],
  ] as const) {
    if (!present(date)) {
      continue;
    }
    const offset = daysBetween(input.appliedOn, date);
    if (offset < PREFERRED_WINDOW.fromDay || offset > PREFERRED_WINDOW.toDay) {
      throw badUserInput("Preferred visit dates must be 3 to 7 days after the application date (A2)", field);
    }
  }
  if (present(input.preferredFrom) && present(input.preferredTo) && input.preferredFrom > input.preferredTo) {
    throw badUserInput("preferredFrom must not be after preferredTo", "consentInquiry.preferredFrom");
  }
}

async function buildInquiry(
  manager: EntityManager,
  registration: Registration,
  newImmigrant: Person,
  input: ConsentInquiryInput,
): Promise<ConsentInquiry> {
  if (input.decision === VisitDecision.OTHER && optionalText(input.decisionOther, "consentInquiry.decisionOther", 200) === null) {
    throw badUserInput("decisionOther is required when the decision is OTHER", "consentInquiry.decisionOther");
  }
  // 附件1 is filled at the registration (A1), so not before it, and not in the future.
  notInFuture(input.appliedOn, "consentInquiry.appliedOn");
  notBefore(input.appliedOn, registration.registeredOn, "consentInquiry.appliedOn", "the registration date");
  checkPreferredDates(input);
  const household = newImmigrant.householdId === null ? null : await manager.findOneBy(Household, { id: newImmigrant.householdId });
  if (household === null) {
    throw badUserInput("The new immigrant has no registered household: register it first", "newImmigrantId");
  }
  const visitAddress = !present(input.visitAddress) ? household.address : toAddress(input.visitAddress, "consentInquiry.visitAddress");
  return Object.assign(new ConsentInquiry(), {
    id: randomUUID(),
    registrationId: registration.id,
    caseType: registration.caseType,
    respondentName: requiredText(input.respondentName, "consentInquiry.respondentName", 60),
    respondentHonorific: input.respondentHonorific,
    homePhone: optionalLandline(input.homePhone, "consentInquiry.homePhone"),
    mobilePhone: optionalMobilePhone(input.mobilePhone, "consentInquiry.mobilePhone"),
    workPhone: optionalPhone(input.workPhone, "consentInquiry.workPhone"),
    fax: optionalLandline(input.fax, "consentInquiry.fax"),
    email: optionalEmail(input.email, "consentInquiry.email"),
    decision: input.decision,
    decisionOther: input.decision === VisitDecision.OTHER ? optionalText(input.decisionOther, "consentInquiry.decisionOther", 200) : null,
    preferredFrom: input.preferredFrom ?? null,
    preferredTo: input.preferredTo ?? null,
    timeSlot: input.timeSlot ?? null,
    visitAddressIsHousehold: !present(input.visitAddress),
    visitAddress,
    householdAddress: household.address,
    newImmigrantId: newImmigrant.id,
    newImmigrantPhone: optionalPhone(input.newImmigrantPhone, "consentInquiry.newImmigrantPhone"),
    originCountry: newImmigrant.originCountry,
    originCountryOther: newImmigrant.originCountryOther,
    immigrantConsents: input.immigrantConsents,
    immigrantAcceptsMaterials: input.immigrantAcceptsMaterials,
    appliedOn: input.appliedOn,
    officeCode: registration.officeCode,
    clerkName: requiredText(input.clerkName, "consentInquiry.clerkName", 60),
    clerkPhone: requiredPhone(input.clerkPhone, "consentInquiry.clerkPhone"),
  });
}

/**
 * A1–A3: records a registration that involves a new immigrant and, when answered, its consent
 * inquiry — declined answers included. One transaction: both or neither. The receiving office is
 * the clerk's own (the token's organisation): a clerk records for their office only.
 */
export async function recordRegistration(dataSource: DataSource, input: RecordRegistrationInput, officeCode: string): Promise<Registration> {
  const office = findDistrict(officeCode);
  if (office === undefined) {
    throw badUserInput("The caller's organisation is not one of Taipei's 12 household offices", "office");
  }
  notInFuture(input.registeredOn, "registeredOn");
  const registrantId = requireUuid(input.registrantId, "registrantId");
  const newImmigrantId = requireUuid(input.newImmigrantId, "newImmigrantId");
  return dataSource.transaction(async (manager) => {
    const persons = await manager.getRepository(Person).createQueryBuilder("person").where("person.id = ANY(:ids)", { ids: [registrantId, newImmigrantId] }).getMany();
    const newImmigrant = persons.find((person) => person.id === newImmigrantId);
    if (persons.find((person) => person.id === registrantId) === undefined) {
      throw badUserInput("No person has this ID", "registrantId");
    }
    if (newImmigrant === undefined) {
      throw badUserInput("No person has this ID", "newImmigrantId");
    }
    if (newImmigrant.originCountry === null) {
      // A1: the platform records registrations only where a new immigrant is involved.
      throw badUserInput("The person named as new immigrant has no origin country on record", "newImmigrantId");
    }
    for (const person of persons) {
      // Nobody takes part in a registration before they were born.
      notBefore(input.registeredOn, person.birthDate, "registeredOn", "the birth date of a person it names");
    }
    const registration = Object.assign(new Registration(), {
      id: randomUUID(),
      caseType: input.caseType,
      registeredOn: input.registeredOn,
      officeCode: office.code,
      registrantId,
      newImmigrantId,
    });
    await manager.save(registration);
    if (present(input.consentInquiry)) {
      const inquiry = await manager.save(await buildInquiry(manager, registration, newImmigrant, input.consentInquiry));
      if (inquiry.decision === VisitDecision.HOME_VISIT || inquiry.decision === VisitDecision.PHONE_VISIT) {
        // A4: a consenting form is due at the district by noon of the next working day after it is recorded.
        await householdDeadlines.open(manager, { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, "HANDOVER", now());
      }
    }
    return registration;
  });
}
