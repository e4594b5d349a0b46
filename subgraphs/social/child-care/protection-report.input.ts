import { Field, ID, InputType } from "type-graphql";
import { ProtectionArticle } from "../../../shared/graphql/enums";

/** docs/programme-b.md: what the district's outbox delivers of a child-protection report (B10). */
@InputType({ description: "B10: a 兒少權法 art. 53/54 report on a child, from the district's outbox" })
export class ProtectionReportNoticeInput {
  @Field()
  clientKey!: string;

  @Field(() => ID)
  urgentReportId!: string;

  @Field(() => ID, { description: "The child (household's Person)" })
  personId!: string;

  @Field(() => ID, { nullable: true, description: "Social's child-care case the filer named" })
  childCareCaseId?: string | null;

  @Field(() => ProtectionArticle)
  article!: ProtectionArticle;

  @Field()
  reportedAt!: Date;

  @Field()
  reporterName!: string;

  @Field()
  reporterRole!: string;

  @Field()
  reporterOrg!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}
