import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { OfficeClosureScope } from "../../../shared/calendar/closures/notice";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A city closure (停止上班/停止辦公) as 人事處 declared it (issue #8). Public: no personal data. */
@ObjectType("OfficeClosure", { description: "A day the city's offices are closed at short notice, e.g. a typhoon day (issue #8)" })
export class OfficeClosure {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => OfficeClosureScope)
  scope!: OfficeClosureScope;

  @Field({ description: "Public text, e.g. 颱風停止上班" })
  reason!: string;

  @Field()
  announcedAt!: Date;

  @Field(() => Int, { description: "The calendar's version after the declaration" })
  declaredVersion!: number;

  @Field(() => Date, { nullable: true, description: "Set when the announcement was withdrawn" })
  withdrawnAt!: Date | null;
}

@InputType("DeclareOfficeClosureInput")
export class DeclareOfficeClosureInput {
  @Field(() => LocalDateScalar, { description: "The Taipei date the offices are closed" })
  date!: string;

  @Field({ description: "Public text, e.g. 颱風停止上班 (at most 100 characters)" })
  reason!: string;

  @Field(() => OfficeClosureScope, { nullable: true, description: "CITY (the default): every office of the city" })
  scope?: OfficeClosureScope | null;
}
