import { receivingRetention } from "../../shared/receiving/retention";
import { SOCIAL_AGENCY } from "./agency";

/** Issue #9 (A9): a closed referral is kept by the social unit (care point or family service centre): its 社工 sets the period and places the holds. */
export const SOCIAL_RETENTION = receivingRetention(SOCIAL_AGENCY, "service_unit");
