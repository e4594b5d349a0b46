import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { now } from "../../../shared/clock";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
import { VisitDecision } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { present } from "../../../shared/graphql/present";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { buildInquiry } from "../consent-inquiry/consent-inquiry.form";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "../deadlines";
import { Person } from "../person/person.entity";
import { Registration } from "./registration.entity";
import { RecordRegistrationInput } from "./registration.input";
import { relationOf } from "./trigger";

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
    const relation = relationOf(input.caseType, input.newImmigrantRelation, registrantId === newImmigrantId);
    const registration = Object.assign(new Registration(), {
      id: randomUUID(),
      caseType: input.caseType,
      registeredOn: input.registeredOn,
      officeCode: office.code,
      registrantId,
      newImmigrantId,
      newImmigrantRelation: relation,
      welcomeHandbook: input.welcomeHandbook ?? null,
    });
    await manager.save(registration);
    if (present(input.consentInquiry)) {
      const inquiry = await manager.save(await buildInquiry(manager, registration, newImmigrant, relation, input.consentInquiry));
      if (inquiry.decision === VisitDecision.HOME_VISIT || inquiry.decision === VisitDecision.PHONE_VISIT) {
        // A4: a consenting form is due at the district by noon of the next working day after it is recorded.
        await householdDeadlines.open(manager, { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, "HANDOVER", now());
      }
    }
    return registration;
  });
}
