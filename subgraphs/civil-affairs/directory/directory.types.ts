import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";

export { VisitFormBoxKind };

/**
 * The service directory (C1, issue #9): who does what for new-immigrant families, per city and per
 * version. Plain data types, so the shipped directories (data/) are typed TypeScript modules that the
 * migration loads, the tests read and `publishServiceDirectory` validates against the same shape.
 */

/** The cities whose directory the platform ships: Taipei (seed 000) and Keelung (seed 002). */
export const CITIES = ["taipei", "keelung"] as const;
export type City = (typeof CITIES)[number];

/** C1: local agencies (局/處 of the city), central agencies (移民署, 陸委會…) and NGOs (海基會…, A11). */
export enum AgencyLevel {
  LOCAL = "LOCAL",
  CENTRAL = "CENTRAL",
  NGO = "NGO",
}

/**
 * A unit of an agency that serves the family itself (A10: 社會局's 關懷據點 and 新移民婦女暨家庭服務中心,
 * 衛生局's 健康服務中心 and 社區心理衛生中心), with what 附件5 prints for it.
 */
export interface DirectoryUnit {
  /** `<agency code>.<slug>` */
  readonly code: string;
  /** As printed (附件5). */
  readonly name: string;
  /** As printed, without the area code; null where the seed prints none (never invented). */
  readonly phone: string | null;
  /** How many such units the city has, where 附件5 prints it ("12 健康服務中心"); null otherwise. */
  readonly count: number | null;
  /** 附件5's numbered steps for the unit, in order, as printed. */
  readonly tasks: readonly string[];
}

/** One agency of a city's directory. Names differ by city (C1: 社會局 in Taipei, 社會處 in Keelung). */
export interface DirectoryAgency {
  /** `<city>.<slug>`: stable across versions, the key referrals and visit-form boxes name. */
  readonly code: string;
  readonly city: City;
  /** As the city's document prints it (主辦單位), spaces and line breaks of the layout removed. */
  readonly name: string;
  readonly level: AgencyLevel;
  /** As printed, extension after `#` (seed 002: `2420-1122#1632`); null where the seed prints none. */
  readonly phone: string | null;
  /** Its serving units (empty for most). */
  readonly units: readonly DirectoryUnit[];
}

/** C1's service categories (seed 002's 項目 column). */
export interface Category {
  /** A slug, the same in every city. */
  readonly code: string;
  /** As printed (生活適應輔導…). */
  readonly name: string;
}

/**
 * One line of the directory: an agency's numbered duty (業務內容) under a category (項目). An agency
 * appears under several categories and a category under several agencies (C1: many-to-many).
 */
export interface Duty {
  /** A DirectoryAgency code of the same directory. */
  readonly agency: string;
  /** A Category code of the same directory. */
  readonly category: string;
  /** The number printed before the text (seed 002 numbers per agency, across categories); null when unnumbered. */
  readonly itemNumber: number | null;
  /** As printed. */
  readonly text: string;
}

/** A city's directory in force from its version date (seed 002: 「112.7 更新」). */
export interface DirectoryVersion {
  readonly city: City;
  /** ISO date (LocalDate) from which the version is in force. */
  readonly versionDate: string;
  /** The version as the document prints it, ROC year (112.7 = 2023-07); null when the seed prints none. */
  readonly printedVersion: string | null;
}

/** One box under 附件4's "需要進一步關懷協助（請勾選以下提供協助之機關）". */
export interface VisitFormBox {
  /** Stable across versions; the visit record stores it. */
  readonly code: string;
  /** As printed on the box (社會局…). */
  readonly label: string;
  /** Position on the form, from 1. */
  readonly order: number;
  readonly kind: VisitFormBoxKind;
  /** The agency that receives a ticked REFERRAL box, or the district office of an INTERNAL one; null for OTHER. */
  readonly agency: string | null;
  /** The unit of that agency (an INTERNAL box names the section of the district office); null otherwise. */
  readonly unit: string | null;
  /** The box's bracketed text as printed (「包括家庭及人際關係等問題，需社工進一步訪視」). */
  readonly description: string;
  /** False for a box the form does not print but the city added (A9: 勞動局, 教育局). */
  readonly printedOnForm: boolean;
  /**
   * Issue #9 (C1): the needs a tick of a REFERRAL box may carry to an agency without a subgraph of
   * its own (勞動局: JOBS, TRAINING), so an agency the city adds is referable with no code change.
   * Empty for the other boxes: 社會局, 衛生局 and 民政局 define their needs in their own intakes.
   */
  readonly needs: readonly string[];
}

/** A whole version of one city's directory: what the migration ships and `publishServiceDirectory` takes. */
export interface ServiceDirectoryData {
  readonly version: DirectoryVersion;
  readonly agencies: readonly DirectoryAgency[];
  readonly categories: readonly Category[];
  readonly duties: readonly Duty[];
  readonly visitFormBoxes: readonly VisitFormBox[];
}
