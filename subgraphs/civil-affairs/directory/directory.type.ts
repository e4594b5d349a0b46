import { Field, Int, ObjectType } from "type-graphql";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { AgencyLevel } from "./directory.graphql-enums";

/**
 * The service directory as served (C1, issue #9). Public data only: agencies, their public numbers
 * and duties; every authenticated role reads it (no personal data, nothing row-scoped).
 */
@ObjectType("DirectoryUnit", { description: "A unit of an agency that serves the family itself (A10: 關懷據點, 新移民婦女暨家庭服務中心, 健康服務中心…)" })
export class DirectoryUnitView {
  @Field()
  code!: string;

  @Field({ description: "As printed (附件5)" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Public number as printed, extension after #; null where the document prints none" })
  phone!: string | null;

  @Field(() => Int, { nullable: true, description: "How many such units the city has, where printed (12 健康服務中心)" })
  count!: number | null;

  @Field(() => [String], { description: "附件5's numbered steps for the unit, in order" })
  tasks!: string[];
}

@ObjectType("DirectoryDuty", { description: "One numbered duty (業務內容) of an agency under a category (項目)" })
export class DirectoryDutyView {
  @Field()
  agencyCode!: string;

  @Field()
  categoryCode!: string;

  @Field(() => Int, { nullable: true, description: "The number printed before the text; null when unnumbered" })
  itemNumber!: number | null;

  @Field({ description: "As printed" })
  text!: string;
}

@ObjectType("DirectoryCategory", { description: "C1: a service category (生活適應輔導, 醫療生育保健…)" })
export class DirectoryCategoryView {
  @Field()
  code!: string;

  @Field({ description: "As printed" })
  name!: string;

  @Field(() => [DirectoryAgencyView], { description: "The agencies with a duty under it (C1: many-to-many)" })
  agencies!: DirectoryAgencyView[];

  @Field(() => [DirectoryDutyView], { description: "Its duties, agency by agency, as printed" })
  duties!: DirectoryDutyView[];
}

@ObjectType("DirectoryAgency", { description: "An agency of a city's directory; names differ by city (C1: 社會局 / 社會處)" })
export class DirectoryAgencyView {
  @Field({ description: "`<city>.<slug>`, stable across versions: what referrals and visit-form boxes name" })
  code!: string;

  @Field()
  city!: string;

  @Field({ description: "As the city's document prints it (主辦單位)" })
  name!: string;

  @Field(() => AgencyLevel)
  level!: AgencyLevel;

  @Field(() => String, { nullable: true, description: "Public number as printed, extension after #; null where the document prints none" })
  phone!: string | null;

  @Field(() => [DirectoryUnitView])
  units!: DirectoryUnitView[];

  @Field(() => [DirectoryCategoryView], { description: "The categories it has duties under" })
  categories!: DirectoryCategoryView[];

  @Field(() => [DirectoryDutyView], { description: "Its duties in the printed order" })
  duties!: DirectoryDutyView[];
}

@ObjectType("DirectoryVisitFormBox", { description: "A box under 附件4's 「需要進一步關懷協助」 (A8, A9)" })
export class DirectoryVisitFormBoxView {
  @Field({ description: "Stable across versions; the visit record stores it" })
  code!: string;

  @Field({ description: "As printed on the box" })
  label!: string;

  @Field(() => Int, { description: "Position on the form, from 1" })
  order!: number;

  @Field(() => VisitFormBoxKind)
  kind!: VisitFormBoxKind;

  @Field(() => String, { nullable: true, description: "The agency a tick reaches (REFERRAL) or the district office (INTERNAL); null for 其他" })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true, description: "The unit of that agency (an INTERNAL box's section)" })
  unitCode!: string | null;

  @Field({ description: "The box's bracketed text as printed" })
  description!: string;

  @Field({ description: "False for a box the city added to the printed form (A9: 勞動局, 教育局)" })
  printedOnForm!: boolean;

  @Field(() => [String], { description: "The needs a referral for this box carries to an agency without a subgraph (勞動局: JOBS, TRAINING); empty otherwise" })
  needs!: string[];
}

@ObjectType("ServiceDirectory", { description: "One city's service directory, the version in force on a date (C1, issue #9)" })
export class ServiceDirectoryView {
  @Field()
  city!: string;

  @Field(() => LocalDateScalar, { description: "The version's date: in force from that day" })
  versionDate!: string;

  @Field(() => String, { nullable: true, description: "The version as printed (ROC year: 112.7 = 2023-07); null when none is printed" })
  printedVersion!: string | null;

  @Field()
  publishedAt!: Date;

  @Field(() => [DirectoryAgencyView])
  agencies!: DirectoryAgencyView[];

  @Field(() => [DirectoryCategoryView])
  categories!: DirectoryCategoryView[];

  @Field(() => [DirectoryVisitFormBoxView], { description: "The visit form's boxes in the form's order (empty: the city prints no form)" })
  visitFormBoxes!: DirectoryVisitFormBoxView[];
}
