import { ClassType, Field, ID, ObjectType } from "type-graphql";

/** A notification as the API shows it: the kind and the reference, no personal data (issue #8). */
export interface NotificationValue {
  readonly id: string;
  readonly kind: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly step: string | null;
  readonly createdAt: Date;
  readonly seenAt: Date | null;
}

/** For the agencies' policies: none of these fields is personal data. */
export const NOTIFICATION_FIELDS = ["id", "kind", "subjectType", "subjectId", "step", "createdAt", "seenAt"] as const;

/** `<Agency>Notification`, named per agency (each keeps its own, D1; ids are per schema). */
export function notificationTypeOf(agency: string): ClassType<NotificationValue> {
  @ObjectType(`${agency}Notification`, { description: "Issue #8: an item arrived or went overdue; follow the reference for details" })
  class Notification implements NotificationValue {
    @Field(() => ID)
    id!: string;

    @Field({ description: "What happened, e.g. CASE_ARRIVED, CASE_ASSIGNED, STEP_OVERDUE" })
    kind!: string;

    @Field({ description: "The GraphQL type of the entity it is about" })
    subjectType!: string;

    @Field(() => ID)
    subjectId!: string;

    @Field(() => String, { nullable: true, description: "The step, for a deadline's notification" })
    step!: string | null;

    @Field()
    createdAt!: Date;

    @Field(() => Date, { nullable: true })
    seenAt!: Date | null;
  }
  return Notification;
}
