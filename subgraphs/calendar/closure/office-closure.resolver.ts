import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { CalendarContext } from "../loaders";
import { declareOfficeClosure, withdrawOfficeClosure } from "./office-closure.service";
import { DeclareOfficeClosureInput, OfficeClosure } from "./office-closure.type";

@Resolver(() => OfficeClosure)
export class OfficeClosureResolver {
  @Mutation(() => OfficeClosure, { description: "人事處 closes the city's offices on a date (停止上班); every deadline-owning agency is told (issue #8)" })
  declareOfficeClosure(@Arg("input", () => DeclareOfficeClosureInput) input: DeclareOfficeClosureInput, @Ctx() context: CalendarContext): Promise<OfficeClosure> {
    return declareOfficeClosure(context.dataSource, input, context.principal);
  }

  @Mutation(() => OfficeClosure, { description: "Withdraws the active closure of a date (the announcement revoked); the agencies are told" })
  withdrawOfficeClosure(@Arg("date", () => LocalDateScalar) date: string, @Ctx() context: CalendarContext): Promise<OfficeClosure> {
    return withdrawOfficeClosure(context.dataSource, date, context.principal);
  }
}
