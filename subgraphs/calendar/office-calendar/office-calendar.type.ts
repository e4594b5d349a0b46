import { Field, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { OfficeClosure } from "../closure/office-closure.type";

/** One day of the office calendar, so a frontend can show due dates (issue #8). */
@ObjectType("OfficeCalendarDay")
export class OfficeCalendarDay {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field({ description: "A working day: not a weekend, holiday or closure; make-up Saturdays (補行上班) are" })
  working!: boolean;

  @Field({ description: "備註 of the published calendar, e.g. 端午節 or 補行上班" })
  note!: string;

  @Field(() => String, { nullable: true, description: "The closure's reason when 人事處 closed the offices that day" })
  closure!: string | null;
}

@ObjectType("OfficeCalendarYear", { description: "Taipei's office calendar for one year: the published days plus the city's closures (D9)" })
export class OfficeCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: "Grows with every closure declared or withdrawn" })
  version!: number;

  @Field(() => [OfficeCalendarDay])
  days!: OfficeCalendarDay[];

  @Field(() => [OfficeClosure], { description: "The year's closures, withdrawn ones included" })
  closures!: OfficeClosure[];
}
