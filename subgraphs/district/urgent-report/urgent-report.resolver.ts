import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { Person } from "../person/person.entity";
import { ProtectionReportInput, ProtectionReportReceipt } from "./protection-report.input";
import { fileProtectionReport } from "./protection-report.service";
import { UrgentReport } from "./urgent-report.entity";
import { UrgentReportOutcome } from "./urgent-report.enums";
import { UrgentReportInput } from "./urgent-report.input";
import { recordUrgentReport, recordUrgentReportOutcome } from "./urgent-report.service";

/** A report after a write, read back through its case's scope (what the caller may see of what it wrote). */
function readBack(context: DistrictContext, report: UrgentReport): Promise<UrgentReport | null> {
  if (report.careCaseId !== null) {
    context.loaders.urgentReportsByCareCase.clear(report.careCaseId);
  }
  return context.loaders.urgentReportById.clear(report.id).load(report.id);
}

@Resolver(() => UrgentReport)
export class UrgentReportResolver {
  @FieldResolver(() => Person, { description: "The person the report is about (household owns identity, D2)" })
  subject(@Root() report: UrgentReport): Person {
    return new Person(report.subjectPersonId);
  }

  @Mutation(() => UrgentReport, { description: "A9/A13: record an urgent report on a care case (idempotent by clientKey)" })
  async recordUrgentReport(@Arg("input") input: UrgentReportInput, @Ctx() context: DistrictContext): Promise<UrgentReport | null> {
    // The policy's write declaration has already found the case in the caller's scope (issue #7).
    return readBack(context, await recordUrgentReport(context.dataSource, input, context.principal));
  }

  @Mutation(() => ProtectionReportReceipt, {
    description: "B10: any role that finds abuse or neglect files a 兒少權法 art. 53/54 report on the child; social receives it at once (idempotent by clientKey)",
  })
  fileProtectionReport(@Arg("input", () => ProtectionReportInput) input: ProtectionReportInput, @Ctx() context: DistrictContext): Promise<ProtectionReportReceipt> {
    return fileProtectionReport(context.dataSource, input, context.principal);
  }

  @Mutation(() => UrgentReport, {
    description:
      "A13: record the body's answer, 成案 (CASE_OPENED) or not, once. A report to SOCIAL_BUREAU / HEALTH_BUREAU is answered by that bureau's social worker / nurse of the case's unit; any other by the district (issue #11)",
  })
  async recordUrgentReportOutcome(
    @Arg("reportId", () => ID) reportId: string,
    @Arg("outcome", () => UrgentReportOutcome) outcome: UrgentReportOutcome,
    @Arg("recordedAt", { description: "When the body answered: not in the future, not before the report" }) recordedAt: Date,
    @Ctx() context: DistrictContext,
  ): Promise<UrgentReport | null> {
    return readBack(context, await recordUrgentReportOutcome(context.dataSource, reportId, outcome, recordedAt));
  }
}

/** District owns CareCase: its urgent reports show on the case, and so on the unified view (D2). */
@Resolver(() => CareCase)
export class CareCaseUrgentReportsResolver {
  @FieldResolver(() => [UrgentReport], { description: "Urgent reports by phone or to outside bodies, oldest first (A9, A13)" })
  urgentReports(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<UrgentReport[]> {
    return context.loaders.urgentReportsByCareCase.load(careCase.id);
  }
}
