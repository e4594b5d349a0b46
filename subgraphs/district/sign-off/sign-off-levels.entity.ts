import { Column, Entity, PrimaryColumn } from "typeorm";
import { SignOffRole } from "../../../shared/graphql/enums";

/**
 * Issue #9 (A8): the 附件4 sign-off levels a district uses, in the form's order. A district with no
 * row uses all six (DEFAULT_SIGN_OFF_LEVELS).
 */
@Entity({ name: "sign_off_levels" })
export class SignOffLevels {
  @PrimaryColumn({ name: "district_code", type: "varchar", length: 8 })
  districtCode!: string;

  @Column({ type: "text", array: true })
  levels!: SignOffRole[];

  @Column({ name: "updated_by", type: "varchar", length: 64 })
  updatedBy!: string;

  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
