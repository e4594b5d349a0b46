import { receivingRetention } from "../../shared/receiving/retention";
import { HEALTH_AGENCY } from "./agency";

/** Issue #9 (A9): a closed referral is kept by the 健康服務中心 (named by its district code): its 公衛護士 sets the period and places the holds. */
export const HEALTH_RETENTION = receivingRetention(HEALTH_AGENCY, "health_centre_code");
