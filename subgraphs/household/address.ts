import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";

/**
 * A Taipei address in the parts of 附件1 (A2): 區 里 鄰 路(街) 段 巷 弄 號 樓. 里 and 鄰 route a
 * case to a 里幹事, so they are kept as parts, not only as text.
 */
@ObjectType({ description: "A2: address in parts (區 里 鄰 路(街) 段 巷 弄 號 樓)" })
export class Address {
  @Field({ description: "區: district code (行政區代碼)" })
  @Column({ name: "district_code", type: "varchar", length: 8 })
  districtCode!: string;

  @Field({ description: "里: village" })
  @Column({ type: "varchar", length: 20 })
  village!: string;

  @Field(() => Int, { nullable: true, description: "鄰: neighbourhood number" })
  @Column({ type: "int", nullable: true })
  neighbourhood!: number | null;

  @Field({ description: "路(街): road or street" })
  @Column({ type: "varchar", length: 40 })
  road!: string;

  @Field(() => Int, { nullable: true, description: "段: section" })
  @Column({ type: "int", nullable: true })
  section!: number | null;

  @Field(() => Int, { nullable: true, description: "巷: lane" })
  @Column({ type: "int", nullable: true })
  lane!: number | null;

  @Field(() => Int, { nullable: true, description: "弄: alley" })
  @Column({ type: "int", nullable: true })
  alley!: number | null;

  @Field({ description: "號: house number, e.g. 12 or 12之1" })
  @Column({ type: "varchar", length: 20 })
  number!: string;

  @Field(() => Int, { nullable: true, description: "樓: floor" })
  @Column({ type: "int", nullable: true })
  floor!: number | null;
}

@InputType({ description: "A2: address in parts (區 里 鄰 路(街) 段 巷 弄 號 樓)" })
export class AddressInput {
  @Field({ description: "區: district code or name (e.g. 63000050, zhongzheng, 中正區)" })
  districtCode!: string;

  @Field()
  village!: string;

  @Field(() => Int, { nullable: true })
  neighbourhood?: number | null;

  @Field()
  road!: string;

  @Field(() => Int, { nullable: true })
  section?: number | null;

  @Field(() => Int, { nullable: true })
  lane?: number | null;

  @Field(() => Int, { nullable: true })
  alley?: number | null;

  @Field()
  number!: string;

  @Field(() => Int, { nullable: true })
  floor?: number | null;
}
