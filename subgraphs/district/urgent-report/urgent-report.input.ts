import { Field, ID, InputType } from "type-graphql";
import { UrgentReportKind, UrgentReportTarget } from "./urgent-report.enums";

/** A9/A13: an urgent report as the visiting district records it; its outcome follows later. */
@InputType({ description: "緊急通報 (A9, A13)" })
export class UrgentReportInput {
  @Field({ description: "Idempotency key: a retry with the same key and content returns the same report" })
  clientKey!: string;

  @Field(() => ID)
  careCaseId!: string;

  @Field(() => UrgentReportKind)
  kind!: UrgentReportKind;

  @Field(() => UrgentReportTarget)
  target!: UrgentReportTarget;

  @Field({ nullable: true, description: "The body reported to: required with OTHER, not allowed otherwise" })
  targetOther?: string;

  @Field({ description: "通報日期時間: not in the future, not before the hand-over date" })
  reportedAt!: Date;

  @Field({ description: "通報人" })
  reporterName!: string;

  @Field({ nullable: true, description: "受理人" })
  recipientName?: string;

  @Field({ nullable: true, description: "通報內容" })
  summary?: string;
}
