import type { EntityManager } from "typeorm";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { HelpNeed, PartnerNeed } from "../../../shared/domain/enums";
import { boxesInForce } from "./service-directory.service";

/** What the district reads of a box to check a tick and route a referral (A8, A9, C1). */
export interface FormBox {
  readonly code: string;
  readonly order: number;
  readonly kind: VisitFormBoxKind;
  /** The directory code of the agency a tick reaches; null for 其他. */
  readonly agencyCode: string | null;
  /** For a partner agency's box: the needs a referral may carry (the directory's). */
  readonly needs: readonly string[];
}

/** The visit form a record is checked and routed against, and where it came from (for error messages). */
export interface VisitForm {
  readonly boxes: readonly FormBox[];
  /** The directory version's date; null for the printed form. */
  readonly versionDate: string | null;
}

const { REFERRAL, INTERNAL, OTHER } = VisitFormBoxKind;

/**
 * 附件4 as printed (seed 000) with A9's 勞動局 and 教育局, as Taipei's shipped directory has it
 * (civil-affairs' data/taipei.ts): the form until 民政局's first version reaches the district, so a
 * district is never left unable to file or refer. From then on the version in force is the form.
 */
export const PRINTED_FORM: VisitForm = {
  versionDate: null,
  boxes: [
    { code: HelpNeed.SOCIAL_WELFARE_BUREAU, order: 1, kind: REFERRAL, agencyCode: "taipei.social-bureau", needs: [] },
    { code: HelpNeed.HEALTH_BUREAU, order: 2, kind: REFERRAL, agencyCode: "taipei.health-bureau", needs: [] },
    { code: HelpNeed.DISTRICT_SOCIAL_SECTION, order: 3, kind: INTERNAL, agencyCode: "taipei.district-office", needs: [] },
    { code: HelpNeed.DISTRICT_HUMANITIES_SECTION, order: 4, kind: INTERNAL, agencyCode: "taipei.district-office", needs: [] },
    { code: HelpNeed.CIVIL_AFFAIRS_BUREAU, order: 5, kind: REFERRAL, agencyCode: "taipei.civil-affairs-bureau", needs: [] },
    { code: HelpNeed.OTHER, order: 6, kind: OTHER, agencyCode: null, needs: [] },
    { code: HelpNeed.LABOUR_BUREAU, order: 7, kind: REFERRAL, agencyCode: "taipei.labour-bureau", needs: [PartnerNeed.JOBS, PartnerNeed.TRAINING] },
    { code: HelpNeed.EDUCATION_BUREAU, order: 8, kind: REFERRAL, agencyCode: "taipei.education-bureau", needs: [PartnerNeed.SCHOOLING] },
  ],
};

/** The form in force today: 民政局's version the district holds, else the printed one. Pass the caller's transaction manager. */
export async function visitFormInForce(manager: EntityManager): Promise<VisitForm> {
  const boxes = await boxesInForce(manager);
  return boxes.length === 0 ? PRINTED_FORM : { boxes, versionDate: boxes[0].versionDate };
}

/** How an error names the form: the version's date, or the printed form. */
export const formName = (form: VisitForm): string => (form.versionDate === null ? "the printed visit form" : `the visit form in force (directory version ${form.versionDate})`);
