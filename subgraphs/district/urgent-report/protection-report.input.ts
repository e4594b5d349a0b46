import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ProtectionArticle } from "../../../shared/graphql/enums";

/** B10: a child-protection report on a child, by whoever found abuse or neglect (兒少權法 art. 53/54). */
@InputType({ description: "B10: 兒少權法 第53/54條 通報 on a child" })
export class ProtectionReportInput {
  @Field({ description: "Idempotency key: a retry with the same key and content returns the same report" })
  clientKey!: string;

  @Field(() => ID, { description: "The child (household's Person)" })
  personId!: string;

  @Field(() => ID, { nullable: true, description: "Social's child-care case of the child, when the filer knows it" })
  childCareCaseId?: string;

  @Field(() => ProtectionArticle)
  article!: ProtectionArticle;

  @Field({ description: "通報日期時間: not in the future" })
  reportedAt!: Date;

  @Field({ description: "通報人" })
  reporterName!: string;

  @Field({ nullable: true, description: "通報內容: what was found (may hold violence details)" })
  summary?: string;
}

/**
 * What the filer reads back (B10): that the report is stored and on its way to social, without its
 * content — a nurse or an officer who filed it reads no district record (the report lives with
 * the district's urgent reports, social keeps its own copy, D3).
 */
@ObjectType({ description: "B10: the receipt of a child-protection report, on its way to social" })
export class ProtectionReportReceipt {
  @Field(() => ID, { description: "The urgent report's key" })
  id!: string;

  @Field()
  clientKey!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ProtectionArticle)
  article!: ProtectionArticle;

  @Field()
  reportedAt!: Date;
}
