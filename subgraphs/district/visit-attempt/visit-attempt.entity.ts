import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { VisitMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * One visit attempt by the 里幹事, at home or by phone (A6: the mode is stored for seed 001's
 * "visited, home or phone"). Two attempts where nobody was met close the case (A7).
 */
@Entity({ name: "visit_attempts" })
@ObjectType({ description: "A visit attempt by the 里幹事, home or phone (A6, A7)" })
export class VisitAttempt {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "care_case_id", type: "uuid" })
  careCaseId!: string;

  @Field(() => Int, { description: "1 for the first attempt, 2 for the second…" })
  @Column({ name: "attempt_number", type: "int" })
  attemptNumber!: number;

  @Field(() => LocalDateScalar, { description: "訪視日期" })
  @Column({ name: "attempted_on", type: "date" })
  attemptedOn!: string;

  @Field(() => VisitMode)
  @Column({ type: "varchar", length: 8 })
  mode!: VisitMode;

  @Field({ description: "Somebody was met (false = 訪視未遇)" })
  @Column({ type: "boolean" })
  met!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
