import { Field, ID, InputType } from "type-graphql";
import { HelpNeed, SignOffRole, VisitOutcome } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** 附件4 as 人文課 files it (A8); district and village come from the case (A5: the visiting district). */
@InputType({ description: "附件4 關懷訪視紀錄表 (A8)" })
export class VisitRecordInput {
  @Field(() => ID)
  careCaseId!: string;

  @Field({ nullable: true, description: "服務項目; default 關懷訪視" })
  serviceItem?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "訪視日期: required unless the outcome is MISSED" })
  visitedOn?: string;

  @Field({ description: "受訪者姓名" })
  visitedPersonName!: string;

  @Field({ nullable: true, description: "受訪者電話" })
  visitedPersonPhone?: string;

  @Field({ description: "受訪者地址" })
  visitedPersonAddress!: string;

  @Field(() => VisitOutcome)
  outcome!: VisitOutcome;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第1次未遇日期; required when MISSED" })
  firstMissedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第2次未遇日期 (MISSED only)" })
  secondMissedOn?: string;

  @Field(() => [HelpNeed], { nullable: true, description: "需協助 boxes: at least one for NEEDS_HELP, none otherwise" })
  needs?: HelpNeed[];

  @Field({ nullable: true, description: "Required when needs include OTHER" })
  needsOther?: string;

  @Field({ nullable: true, description: "服務概況" })
  serviceSummary?: string;

  @Field({ nullable: true, description: "反映事項" })
  mattersRaised?: string;

  @Field({ nullable: true, description: "辦理情形" })
  handling?: string;

  @Field(() => [SignOffRole], { nullable: true, description: "核章: who signed" })
  signedOffBy?: SignOffRole[];

  @Field(() => LocalDateScalar, { description: "人文課 filing date" })
  filedOn!: string;
}
