import { Field, ID, InputType, ObjectType, Int } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { ContactedPerson, ReminderMode, VaccinationFollowUpStatus, VaccinationOutcome } from "./vaccination.enums";

@InputType({ description: "B4: one catch-up reminder (with health education), recorded by the nurse" })
export class VaccinationReminderInput {
  @Field(() => ID, { description: "The follow-up (open, of the nurse's centre)" })
  followUpId!: string;

  @Field(() => LocalDateScalar, { description: "Not in the future, not before the CDC's window start" })
  remindedOn!: string;

  @Field(() => ReminderMode)
  mode!: ReminderMode;

  @Field({ description: "B4: a two-way contact (not by letter)" })
  twoWay!: boolean;

  @Field(() => ContactedPerson, { nullable: true, description: "Whom the two-way contact reached; given exactly when twoWay" })
  reached?: ContactedPerson | null;
}

@InputType({ description: "B4: what came of the catch-up" })
export class VaccinationOutcomeInput {
  @Field(() => ID)
  followUpId!: string;

  @Field(() => VaccinationOutcome)
  outcome!: VaccinationOutcome;

  @Field(() => LocalDateScalar, { description: "Not in the future, not before the CDC's window start" })
  outcomeOn!: string;
}

@InputType({ description: "Which follow-ups of the nurse's centre" })
export class VaccinationFollowUpFilter {
  @Field(() => VaccinationFollowUpStatus, { nullable: true })
  status?: VaccinationFollowUpStatus | null;

  @Field(() => Int, { nullable: true, description: "1–200, newest first (default 50)" })
  first?: number | null;
}

/** B4's reminder rule on a follow-up, as it stands. */
@ObjectType({ description: "B4: at least 3 catch-up reminders within the CDC's 6-month window, at least 1 two-way" })
export class CatchUpReminderRule {
  @Field(() => Int, { description: "Reminders dated within the CDC's window" })
  remindersInWindow!: number;

  @Field(() => Int, { description: "Two-way contacts among them" })
  twoWayContacts!: number;

  @Field({ description: "Whether B4's rule holds (≥3 and ≥1 two-way)" })
  holds!: boolean;
}
