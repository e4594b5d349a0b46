import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { Address } from "../address";

/** 戶: a registered household with its 戶號 and household address (戶籍地址). */
@Entity({ name: "households" })
@ObjectType({ description: "戶: a registered household" })
export class Household {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "戶號: household number" })
  @Column({ name: "household_number", type: "varchar", length: 12, unique: true })
  householdNumber!: string;

  @Field(() => Address, { description: "戶籍地址: household address" })
  @Column(() => Address, { prefix: "address_" })
  address!: Address;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
