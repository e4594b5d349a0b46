import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";

/**
 * A Taipei address in the parts of 附件1 (A2): 區 里 鄰 路(街) 段 巷 弄 號 樓. 里 and 鄰 route a
 * case to a 里幹事, so they are kept as parts, not only as text. 號 and 樓 take 之 as Taiwanese
 * addresses do (12號之3, 5樓之1; issue #9, shared/validation/address-number.ts).
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

  @Field({ description: "號: house number, e.g. 12 or 12之3 (12號之3)" })
  @Column({ type: "varchar", length: 20 })
  number!: string;

  @Field(() => Int, { nullable: true, description: "樓: floor" })
  @Column({ type: "int", nullable: true })
  floor!: number | null;

  @Field(() => Int, { nullable: true, description: "樓之: the 1 of 5樓之1" })
  @Column({ name: "floor_unit", type: "int", nullable: true })
  floorUnit!: number | null;
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

  @Field({ description: "號: 12, 12號, 12之3 or 12號之3" })
  number!: string;

  @Field(() => Int, { nullable: true })
  floor?: number | null;

  @Field(() => Int, { nullable: true, description: "樓之: the 1 of 5樓之1 (only with a floor)" })
  floorUnit?: number | null;
}
