import { Column, Entity, PrimaryColumn } from "typeorm";
import type { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";

/** One box as the district keeps it (附件4, A8/A9): what to print and whom a tick reaches. */
export interface StoredVisitFormBox {
  readonly code: string;
  readonly label: string;
  readonly order: number;
  readonly kind: VisitFormBoxKind;
  readonly agencyCode: string | null;
  readonly agencyName: string | null;
  readonly phone: string | null;
  readonly description: string;
  readonly printedOnForm: boolean;
  /** Issue #9: a partner agency's box's needs (absent in copies stored before migrations/1767000000001 gave them). */
  readonly needs: readonly string[];
}

/**
 * A directory version 民政局 delivered (migrations/1766900000001, issue #9, D3): stored once per
 * delivery key (the sender's outbox row), never changed; the boxes are one value of the version.
 */
@Entity({ name: "service_directory_versions" })
export class ServiceDirectoryVersion {
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Column({ type: "text" })
  city!: string;

  @Column({ name: "version_date", type: "date" })
  versionDate!: string;

  @Column({ type: "jsonb" })
  boxes!: StoredVisitFormBox[];

  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;
}
