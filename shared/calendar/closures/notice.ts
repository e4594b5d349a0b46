import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";

/** What the calendar owner announced about a date (issue #8). */
export enum OfficeClosureAction {
  DECLARED = "DECLARED",
  WITHDRAWN = "WITHDRAWN",
}

/** Where a closure holds. The city's offices as a whole for now; districts could follow. */
export enum OfficeClosureScope {
  CITY = "CITY",
}

registerEnumType(OfficeClosureAction, {
  name: "OfficeClosureAction",
  description: "Issue #8: a closure declared (停止上班) or withdrawn (the announcement revoked)",
});
registerEnumType(OfficeClosureScope, { name: "OfficeClosureScope", description: "Where a closure holds: the whole city for now" });

/**
 * A closure as the calendar owner (臺北市政府人事處) hands it to a deadline-owning agency (D3, issue
 * #8). No personal data: a date, a public reason, who announced it is the owner's record.
 */
@InputType("OfficeClosureNotice")
export class OfficeClosureNotice {
  @Field({ description: "The owner's outbox row id: a retry is the same key (D3)" })
  clientKey!: string;

  @Field(() => LocalDateScalar, { description: "The Taipei date the offices are closed (or open again)" })
  date!: string;

  @Field(() => OfficeClosureAction)
  action!: OfficeClosureAction;

  @Field(() => OfficeClosureScope)
  scope!: OfficeClosureScope;

  @Field({ description: "Public text, e.g. 颱風停止上班" })
  reason!: string;

  @Field({ description: "When the owner announced it" })
  announcedAt!: Date;

  @Field(() => Int, { description: "The owner's calendar version after this change: the later version of a date wins" })
  version!: number;
}

/** The receiver's copy of one notice: what the owner's outbox row is acknowledged with. */
@ObjectType("ReceivedOfficeClosure", { description: "A city closure as a deadline-owning agency stored it (issue #8)" })
@Directive("@shareable")
export class ReceivedOfficeClosure {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => OfficeClosureAction)
  action!: OfficeClosureAction;

  @Field(() => Int)
  version!: number;

  @Field()
  receivedAt!: Date;
}
