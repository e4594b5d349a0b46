import { randomUUID } from "crypto";
import { daysBetween } from "../../../shared/calendar/iso-date";
import { findCity, TAIPEI_CITY } from "../../../shared/domain/cities";
import { badUserInput } from "../../../shared/errors";
import { NewImmigrantRelation, VisitDecision } from "../../../shared/graphql/enums";
import { present } from "../../../shared/graphql/present";
import { optionalAddressLine } from "../../../shared/validation/address-number";
import { optionalEmail, optionalLandline, optionalMobilePhone, optionalPhone, requiredPhone } from "../../../shared/validation/contact";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { toAddress } from "../person/person.service";
import { Registration } from "../registration/registration.entity";
import { ConsentInquiryInput } from "../registration/registration.input";
import { triggersConsentInquiry } from "../registration/trigger";
import { ConsentInquiry } from "./consent-inquiry.entity";

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

/**
 * R4: a phone visit's family may live in any city; a home visit is at an address in Taipei (A2's
 * 限臺北市居住地). Outside Taipei there is no Taipei address to visit, so none may be given: the
 * visit address stays the household address, which routes the case.
 */
function residenceOutsideTaipei(input: ConsentInquiryInput): string | null {
  const field = "consentInquiry.residenceCity";
  const given = optionalText(input.residenceCity, field, 8);
  if (given === null) {
    return null;
  }
  const city = findCity(given);
  if (city === undefined) {
    throw badUserInput("residenceCity must be one of Taiwan's municipalities or counties, e.g. 新北市", field);
  }
  if (city === TAIPEI_CITY) {
    return null;
  }
  if (input.decision !== VisitDecision.PHONE_VISIT) {
    throw badUserInput("A family living outside Taipei can only have a phone visit: a home visit's address is in Taipei (A2, R4)", field);
  }
  if (present(input.visitAddress)) {
    throw badUserInput("A visit address is a Taipei address: leave it out when the family lives outside Taipei (R4)", "consentInquiry.visitAddress");
  }
  return city;
}

/** 附件1 as the clerk entered it, of the new immigrant's `household`, checked field by field (A2), for a registration that calls for it (A1). */
export function buildInquiry(
  household: Household | null,
  registration: Registration,
  newImmigrant: Person,
  relation: NewImmigrantRelation,
  input: ConsentInquiryInput,
): ConsentInquiry {
  if (!triggersConsentInquiry(registration.caseType, relation)) {
    throw badUserInput(
      "This registration does not call for a consent inquiry: the registrant, the registrant's spouse or (births) a parent must be the new immigrant, and for a death the surviving spouse (A1)",
      "consentInquiry",
    );
  }
  // 附件1 is filled at the registration (A1), so not before it, and not in the future.
  notInFuture(input.appliedOn, "consentInquiry.appliedOn");
  notBefore(input.appliedOn, registration.registeredOn, "consentInquiry.appliedOn", "the registration date");
  checkPreferredDates(input);
  // `household`: the new immigrant's, loaded by the caller (issue #10: once for a batch of registrations).
  if (household === null || household.id !== newImmigrant.householdId) {
    throw badUserInput("The new immigrant has no registered household: register it first", "newImmigrantId");
  }
  const residenceCity = residenceOutsideTaipei(input);
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
    residenceCity,
    preferredFrom: input.preferredFrom ?? null,
    preferredTo: input.preferredTo ?? null,
    timeSlot: input.timeSlot ?? null,
    visitAddressIsHousehold: !present(input.visitAddress),
    visitAddress,
    householdAddress: household.address,
    newImmigrantId: newImmigrant.id,
    contactAddress: optionalAddressLine(input.contactAddress, "consentInquiry.contactAddress"),
    newImmigrantPhone: optionalPhone(input.newImmigrantPhone, "consentInquiry.newImmigrantPhone"),
    originCountry: newImmigrant.originCountry,
    originCountryOther: newImmigrant.originCountryOther,
    immigrantConsents: input.immigrantConsents,
    immigrantAcceptsMaterials: input.immigrantAcceptsMaterials,
    appliedOn: input.appliedOn,
    officeRemarks: optionalText(input.officeRemarks, "consentInquiry.officeRemarks", 200),
    officeCode: registration.officeCode,
    clerkName: requiredText(input.clerkName, "consentInquiry.clerkName", 60),
    clerkPhone: requiredPhone(input.clerkPhone, "consentInquiry.clerkPhone"),
  });
}
