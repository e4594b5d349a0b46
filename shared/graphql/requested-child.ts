import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { Sex } from "./enums";
import { LocalDateScalar } from "./scalars";

/**
 * Issue #12 (B2, B9): what a requester sends the police (a search) and the district office (a
 * follow-up) about a child, and the receiver's own copy of it (D3). Each receiver names its own
 * GraphQL types and keeps its own table; the fields are the same. Never in a schema themselves:
 * type-graphql emits only the types a schema reaches, and these reach it only as superclasses.
 */
@InputType()
export abstract class ContactPersonFields {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  relation?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "One line" })
  address?: string | null;
}

/** A person to contact about the child, as the receiver keeps it (a jsonb list on its request). */
@ObjectType()
export abstract class ContactPersonCopy {
  @Field({ description: "姓名" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Relation to the child (母, 外祖父, 鄰長 …)" })
  relation!: string | null;

  @Field(() => String, { nullable: true, description: "電話" })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "地址: where the requester last knew them (one line)" })
  address!: string | null;
}

/** The child as the requester knows it (docs/programme-b.md); validated by shared/validation/child-identity.ts. */
@InputType()
export abstract class RequestedChildFields {
  @Field(() => ID, { nullable: true, description: "The child as household's Person, when household has one" })
  personId?: string | null;

  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: "When the child has no ID number: the mother's name" })
  motherName?: string | null;

  @Field(() => String, { nullable: true })
  motherIdNumber?: string | null;
}

/** The receiver's copy of the child: the columns of its request table, and their fields. */
@ObjectType()
export abstract class RequestedChildCopy {
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId!: string | null;

  @Field(() => String, { nullable: true, description: "The child's 統一編號, when known" })
  @Column({ name: "child_id_number", type: "varchar", length: 10, nullable: true })
  childIdNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The child's name" })
  @Column({ name: "child_name", type: "varchar", length: 60, nullable: true })
  childName!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The child's birth date" })
  @Column({ name: "child_birth_date", type: "date", nullable: true })
  childBirthDate!: string | null;

  @Field(() => Sex, { nullable: true })
  @Column({ name: "child_sex", type: "varchar", length: 6, nullable: true })
  childSex!: Sex | null;

  @Field(() => String, { nullable: true, description: "The mother's name, when the child has no ID number yet" })
  @Column({ name: "mother_name", type: "varchar", length: 60, nullable: true })
  motherName!: string | null;

  @Field(() => String, { nullable: true, description: "The mother's 統一編號" })
  @Column({ name: "mother_id_number", type: "varchar", length: 10, nullable: true })
  motherIdNumber!: string | null;
}
