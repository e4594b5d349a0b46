import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The directory's tables (migrations/1766900000000), mapped so the migration test checks them
 * against the migration. The store reads and writes them in SQL: a version is inserted whole, with
 * its hand-off to the district, in one transaction (D3).
 */
@Entity({ name: "directory_versions" })
export class DirectoryVersionRow {
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ type: "text" })
  city!: string;

  @Column({ name: "version_date", type: "date" })
  versionDate!: string;

  @Column({ name: "printed_version", type: "text", nullable: true })
  printedVersion!: string | null;

  @Column({ name: "published_at", type: "timestamptz" })
  publishedAt!: Date;

  /** The officer's staff identifier (a token's `sub`), kept with the version, not served. */
  @Column({ name: "published_by", type: "text" })
  publishedBy!: string;

  /** When its hand-off to the district was queued (null: the distribution job has yet to). */
  @Column({ name: "distributed_at", type: "timestamptz", nullable: true })
  distributedAt!: Date | null;
}

@Entity({ name: "directory_agencies" })
export class DirectoryAgencyRow {
  @PrimaryColumn({ name: "version_id", type: "uuid" })
  versionId!: string;

  @PrimaryColumn({ type: "text" })
  code!: string;

  @Column({ type: "integer" })
  position!: number;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text" })
  level!: string;

  @Column({ type: "text", nullable: true })
  phone!: string | null;
}

@Entity({ name: "directory_units" })
export class DirectoryUnitRow {
  @PrimaryColumn({ name: "version_id", type: "uuid" })
  versionId!: string;

  @PrimaryColumn({ type: "text" })
  code!: string;

  @Column({ name: "agency_code", type: "text" })
  agencyCode!: string;

  @Column({ type: "integer" })
  position!: number;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text", nullable: true })
  phone!: string | null;

  @Column({ type: "integer", nullable: true })
  count!: number | null;

  @Column({ type: "jsonb" })
  tasks!: string[];
}

@Entity({ name: "directory_categories" })
export class DirectoryCategoryRow {
  @PrimaryColumn({ name: "version_id", type: "uuid" })
  versionId!: string;

  @PrimaryColumn({ type: "text" })
  code!: string;

  @Column({ type: "integer" })
  position!: number;

  @Column({ type: "text" })
  name!: string;
}

@Entity({ name: "directory_duties" })
export class DirectoryDutyRow {
  @PrimaryColumn({ name: "version_id", type: "uuid" })
  versionId!: string;

  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Column({ name: "agency_code", type: "text" })
  agencyCode!: string;

  @Column({ name: "category_code", type: "text" })
  categoryCode!: string;

  @Column({ name: "item_number", type: "integer", nullable: true })
  itemNumber!: number | null;

  @Column({ type: "text" })
  text!: string;
}

@Entity({ name: "directory_visit_form_boxes" })
export class DirectoryVisitFormBoxRow {
  @PrimaryColumn({ name: "version_id", type: "uuid" })
  versionId!: string;

  @PrimaryColumn({ type: "text" })
  code!: string;

  @Column({ name: "box_order", type: "integer" })
  order!: number;

  @Column({ type: "text" })
  label!: string;

  @Column({ type: "text" })
  kind!: string;

  @Column({ name: "agency_code", type: "text", nullable: true })
  agencyCode!: string | null;

  @Column({ name: "unit_code", type: "text", nullable: true })
  unitCode!: string | null;

  @Column({ type: "text" })
  description!: string;

  @Column({ name: "printed_on_form", type: "boolean" })
  printedOnForm!: boolean;

  /** Issue #9 (migrations/1767000000000): a REFERRAL box's needs, for an agency without a subgraph. */
  @Column({ type: "jsonb" })
  needs!: string[];
}

export const DIRECTORY_ENTITIES = [DirectoryVersionRow, DirectoryAgencyRow, DirectoryUnitRow, DirectoryCategoryRow, DirectoryDutyRow, DirectoryVisitFormBoxRow];
