import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { IdentityDocument, OriginCountry, Sex } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * A registered person (D2: owned by household). Identity, names, the identity number and birth
 * date live here and nowhere else; other agencies extend Person with their own fields.
 */
@Entity({ name: "persons" })
@ObjectType({ description: "A person registered by a household office (D2: household owns identity)" })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "姓名: name as registered" })
  @Column({ type: "varchar", length: 60 })
  name!: string;

  @Field(() => Sex)
  @Column({ type: "varchar", length: 6 })
  sex!: Sex;

  @Field(() => LocalDateScalar, { description: "出生日期" })
  @Column({ name: "birth_date", type: "date" })
  birthDate!: string;

  @Field({ description: "統一編號: national ID (身分證) or resident certificate number (居留證)" })
  @Column({ name: "id_number", type: "varchar", length: 10 })
  idNumber!: string;

  @Field(() => IdentityDocument)
  @Column({ name: "id_document", type: "varchar", length: 24 })
  idDocument!: IdentityDocument;

  @Field(() => OriginCountry, { nullable: true, description: "原屬國籍或地區; set for new immigrants (新移民) only" })
  @Column({ name: "origin_country", type: "varchar", length: 24, nullable: true })
  originCountry!: OriginCountry | null;

  @Field(() => String, { nullable: true, description: "原屬國籍 when originCountry is OTHER" })
  @Column({ name: "origin_country_other", type: "varchar", length: 40, nullable: true })
  originCountryOther!: string | null;

  @Field(() => String, { nullable: true, description: "手機: mobile phone" })
  @Column({ name: "mobile_phone", type: "varchar", length: 20, nullable: true })
  mobilePhone!: string | null;

  @Column({ name: "household_id", type: "uuid", nullable: true })
  householdId!: string | null;

  /** The household office that registered the person (its district code); a clerk's row scope. */
  @Column({ name: "registered_by_office", type: "varchar", length: 8, nullable: true })
  registeredByOffice!: string | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field({ description: "新移民: born abroad or in mainland China, Hong Kong or Macau" })
  get isNewImmigrant(): boolean {
    return this.originCountry !== null;
  }
}
