import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { taipeiToday } from "../../../shared/clock";
import type { CalendarContext } from "../loaders";
import { officeCalendarYear } from "./office-calendar.service";
import { OfficeCalendarYear } from "./office-calendar.type";

@Resolver(() => OfficeCalendarYear)
export class OfficeCalendarResolver {
  @Query(() => OfficeCalendarYear, { description: "Taipei's office calendar for a year: working days, holidays and closures (D9, issue #8)" })
  officeCalendar(
    @Arg("year", () => Int, { nullable: true, description: "Default: this year in Taipei" }) year: number | null | undefined,
    @Ctx() context: CalendarContext,
  ): Promise<OfficeCalendarYear> {
    return officeCalendarYear(context.dataSource, year ?? Number(taipeiToday().slice(0, 4)));
  }
}
