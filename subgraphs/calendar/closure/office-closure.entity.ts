import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The table behind OfficeClosure (migrations/1765000000001), mapped so the migration test checks
 * it against the migration. The service writes it in SQL: a declaration, its version and its
 * outbox rows go in one transaction (D3).
 */
@Entity({ name: "office_closures" })
export class OfficeClosureRow {
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ type: "date" })
  date!: string;

  @Column({ type: "text" })
  scope!: string;

  @Column({ type: "text" })
  reason!: string;

  @Column({ name: "announced_at", type: "timestamptz" })
  announcedAt!: Date;

  /** The admin's staff identifier (a token's `sub`), kept with the announcement, not served. */
  @Column({ name: "declared_by", type: "text" })
  declaredBy!: string;

  @Column({ name: "declared_version", type: "integer" })
  declaredVersion!: number;

  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: "withdrawn_by", type: "text", nullable: true })
  withdrawnBy!: string | null;

  @Column({ name: "withdrawn_version", type: "integer", nullable: true })
  withdrawnVersion!: number | null;
}
