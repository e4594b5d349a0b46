import { Field, InputType, Int } from "type-graphql";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { AgencyLevel } from "./directory.graphql-enums";

/** A whole new version of a city's directory, as 民政局 publishes it (C1, issue #9). */
@InputType("DirectoryUnitInput")
export class DirectoryUnitInput {
  @Field({ description: "`<agency code>.<slug>`" })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => [String], { nullable: true })
  tasks?: string[] | null;
}

@InputType("DirectoryAgencyInput")
export class DirectoryAgencyInput {
  @Field({ description: "`<city>.<slug>`; keep an agency's code from version to version" })
  code!: string;

  @Field()
  name!: string;

  @Field(() => AgencyLevel)
  level!: AgencyLevel;

  @Field(() => String, { nullable: true, description: "As printed, e.g. 2420-1122#1632" })
  phone?: string | null;

  @Field(() => [DirectoryUnitInput], { nullable: true })
  units?: DirectoryUnitInput[] | null;
}

@InputType("DirectoryCategoryInput")
export class DirectoryCategoryInput {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@InputType("DirectoryDutyInput")
export class DirectoryDutyInput {
  @Field({ description: "An agency code of this version" })
  agencyCode!: string;

  @Field({ description: "A category code of this version" })
  categoryCode!: string;

  @Field(() => Int, { nullable: true })
  itemNumber?: number | null;

  @Field()
  text!: string;
}

@InputType("DirectoryVisitFormBoxInput")
export class DirectoryVisitFormBoxInput {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  order!: number;

  @Field(() => VisitFormBoxKind)
  kind!: VisitFormBoxKind;

  @Field(() => String, { nullable: true, description: "Required for REFERRAL and INTERNAL, absent for OTHER" })
  agencyCode?: string | null;

  @Field(() => String, { nullable: true, description: "A unit of that agency" })
  unitCode?: string | null;

  @Field()
  description!: string;

  @Field({ defaultValue: true })
  printedOnForm!: boolean;

  @Field(() => [String], {
    nullable: true,
    description: "REFERRAL to an agency without a subgraph of its own (勞動局: JOBS, TRAINING): the needs a referral may carry; none for the others",
  })
  needs?: string[] | null;
}

@InputType("PublishServiceDirectoryInput")
export class PublishServiceDirectoryInput {
  @Field()
  city!: string;

  @Field(() => LocalDateScalar, { description: "In force from this day; after the city's latest version" })
  versionDate!: string;

  @Field(() => String, { nullable: true, description: "As printed, e.g. 112.7" })
  printedVersion?: string | null;

  @Field(() => [DirectoryAgencyInput])
  agencies!: DirectoryAgencyInput[];

  @Field(() => [DirectoryCategoryInput])
  categories!: DirectoryCategoryInput[];

  @Field(() => [DirectoryDutyInput])
  duties!: DirectoryDutyInput[];

  @Field(() => [DirectoryVisitFormBoxInput], { nullable: true, description: "The visit form's boxes (none: the city prints no form)" })
  visitFormBoxes?: DirectoryVisitFormBoxInput[] | null;
}
