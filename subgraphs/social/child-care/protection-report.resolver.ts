import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { SocialContext } from "../loaders";
import { Person } from "../person/person.stub";
import { ChildCareCase } from "./child-care.entities";
import { ChildProtectionReport } from "./protection-report.entity";
import { ProtectionReportNoticeInput } from "./protection-report.input";
import { receiveProtectionReport } from "./protection-report.service";

/** B10 (issue #12): the district's child-protection reports, as social receives and shows them. */
@Resolver(() => ChildProtectionReport)
export class ProtectionReportResolver {
  @Mutation(() => ChildProtectionReport, { description: "B10/D3: intake of a 兒少權法 art. 53/54 report on a child; only through the district's service (idempotent by clientKey)" })
  receiveProtectionReport(@Arg("input", () => ProtectionReportNoticeInput) input: ProtectionReportNoticeInput, @Ctx() context: SocialContext): Promise<ChildProtectionReport> {
    return receiveProtectionReport(context.dataSource, input);
  }
}

@Resolver(() => ChildCareCase)
export class ChildCareCaseProtectionReportsResolver {
  @FieldResolver(() => [ChildProtectionReport], { description: "B10: 兒少權法 art. 53/54 reports on the child, oldest first" })
  protectionReports(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildProtectionReport[]> {
    return context.loaders.childCare.protectionReportsByCase.load(held.id);
  }
}

/** D2: the unified view of a child shows the reports on it to the unit that received them. */
@Resolver(() => Person)
export class PersonProtectionReportsResolver {
  @FieldResolver(() => [ChildProtectionReport], { description: "B10: 兒少權法 art. 53/54 reports on the child, oldest first (another unit's: denied but their id)" })
  protectionReports(@Root() person: Person, @Ctx() context: SocialContext): Promise<ChildProtectionReport[]> {
    return context.loaders.childCare.protectionReportsByPerson.load(person.id);
  }
}
