import { randomUUID } from "crypto";
import { DataSource, In } from "typeorm";
import { now } from "../../../shared/clock";
import { District, findDistrict } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
import { VisitDecision } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { present } from "../../../shared/graphql/present";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { buildInquiry } from "../consent-inquiry/consent-inquiry.form";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "../deadlines";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { Registration } from "./registration.entity";
import { RecordRegistrationInput } from "./registration.input";
import { relationOf } from "./trigger";

/** Issue #10: how many registrations one INSERT carries (PostgreSQL's bound on a statement's parameters is 65,535). */
const ROWS_PER_INSERT = 1000;

/** One registration checked against its persons (A1), built in memory; its inquiry when answered (A2). */
function buildRegistration(
  input: RecordRegistrationInput,
  office: District,
  persons: ReadonlyMap<string, Person>,
  households: ReadonlyMap<string, Household>,
): { registration: Registration; inquiry: ConsentInquiry | null } {
  notInFuture(input.registeredOn, "registeredOn");
  const registrantId = requireUuid(input.registrantId, "registrantId");
  const newImmigrantId = requireUuid(input.newImmigrantId, "newImmigrantId");
  const registrant = persons.get(registrantId);
  const newImmigrant = persons.get(newImmigrantId);
  if (registrant === undefined) {
    throw badUserInput("No person has this ID", "registrantId");
  }
  if (newImmigrant === undefined) {
    throw badUserInput("No person has this ID", "newImmigrantId");
  }
  if (newImmigrant.originCountry === null) {
    // A1: the platform records registrations only where a new immigrant is involved.
    throw badUserInput("The person named as new immigrant has no origin country on record", "newImmigrantId");
  }
  for (const person of new Set([registrant, newImmigrant])) {
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
  const household = newImmigrant.householdId === null ? null : (households.get(newImmigrant.householdId) ?? null);
  const inquiry = present(input.consentInquiry) ? buildInquiry(household, registration, newImmigrant, relation, input.consentInquiry) : null;
  return { registration, inquiry };
}

/**
 * A1–A3: records a registration that involves a new immigrant and, when answered, its consent
 * inquiry — declined answers included. One transaction: both or neither. The receiving office is
 * the clerk's own (the token's organisation): a clerk records for their office only.
 */
export async function recordRegistration(dataSource: DataSource, input: RecordRegistrationInput, officeCode: string): Promise<Registration> {
  const [registration] = await recordRegistrations(dataSource, [input], officeCode);
  return registration;
}

/**
 * Issue #10: `recordRegistration` for many registrations of one office (the one write path: the
 * mutation records a batch of one). Every row is checked as the single one is (A1–A3), with its
 * persons and households read once for the batch; one transaction for the batch, all or none; the
 * rows, inquiries and A4 hand-over deadlines written set-based.
 */
export async function recordRegistrations(dataSource: DataSource, inputs: readonly RecordRegistrationInput[], officeCode: string): Promise<Registration[]> {
  const office = findDistrict(officeCode);
  if (office === undefined) {
    throw badUserInput("The caller's organisation is not one of Taipei's 12 household offices", "office");
  }
  for (const input of inputs) {
    notInFuture(input.registeredOn, "registeredOn");
    requireUuid(input.registrantId, "registrantId");
    requireUuid(input.newImmigrantId, "newImmigrantId");
  }
  if (inputs.length === 0) {
    return [];
  }
  return dataSource.transaction(async (manager) => {
    const ids = [...new Set(inputs.flatMap((input) => [input.registrantId, input.newImmigrantId]))];
    const persons = new Map((await manager.getRepository(Person).createQueryBuilder("person").where("person.id = ANY(:ids)", { ids }).getMany()).map((person) => [person.id, person]));
    const householdIds = [...new Set([...persons.values()].flatMap((person) => (person.householdId === null ? [] : [person.householdId])))];
    const households = new Map((householdIds.length === 0 ? [] : await manager.findBy(Household, { id: In(householdIds) })).map((household) => [household.id, household]));
    const built = inputs.map((input) => buildRegistration(input, office, persons, households));
    const inquiries = built.flatMap((each) => (each.inquiry === null ? [] : [each.inquiry]));
    for (let from = 0; from < built.length; from += ROWS_PER_INSERT) {
      await manager.insert(
        Registration,
        built.slice(from, from + ROWS_PER_INSERT).map((each) => each.registration),
      );
    }
    for (let from = 0; from < inquiries.length; from += ROWS_PER_INSERT / 2) {
      await manager.insert(ConsentInquiry, inquiries.slice(from, from + ROWS_PER_INSERT / 2));
    }
    // A4: a consenting form is due at the district by noon of the next working day after it is recorded.
    const consenting = inquiries.filter((inquiry) => inquiry.decision === VisitDecision.HOME_VISIT || inquiry.decision === VisitDecision.PHONE_VISIT);
    const recordedAt = now();
    await householdDeadlines.openMany(
      manager,
      "HANDOVER",
      consenting.map((inquiry) => ({ subject: { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, startedAt: recordedAt })),
    );
    return built.map((each) => each.registration);
  });
}
