import { Role } from "../../shared/auth/roles";
import { TestPlatform } from "./platform";
import { carePointUnitOf } from "./scope-oracle";

interface ReferralIds {
  socialReferralId: string;
  healthReferralId: string;
}

/**
 * D3: refers a demo-data care case to social and health through the gateway, as the district's
 * dispatcher delivers a referral (the district's service token acting for its 人文課, issue #8),
 * and records one service contact at each, so tests can read every agency's part. The demo cases'
 * 附件4 tick one need at most, so referCase would refuse most of them; a case the test builds
 * itself goes through referCase (case-fixture.ts `referToAgenciesFrom`).
 */
export async function referToSocialAndHealth(platform: TestPlatform, careCase: { id: string; personId: string; visitDistrictCode: string }): Promise<ReferralIds> {
  const district = careCase.visitDistrictCode;
  const viaDistrict = { role: Role.DISTRICT_CASE_OFFICER, org: district, through: "district" };
  const social = await platform.query<{ receiveSocialReferral: { id: string } }>(
    `mutation($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`,
    {
      ...viaDistrict,
      variables: {
        input: {
          clientKey: `test:social:${careCase.id}`,
          careCaseId: careCase.id,
          personId: careCase.personId,
          needs: ["FAMILY_RELATIONSHIP"],
          referringDistrict: careCase.visitDistrictCode,
          referredOn: "2026-10-01",
        },
      },
    },
  );
  const health = await platform.query<{ receiveHealthReferral: { id: string } }>(
    `mutation($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { id } }`,
    {
      ...viaDistrict,
      variables: {
        input: {
          clientKey: `test:health:${careCase.id}`,
          careCaseId: careCase.id,
          personId: careCase.personId,
          needs: ["NEWBORN_CARE"],
          referringDistrict: careCase.visitDistrictCode,
          referredOn: "2026-10-01",
        },
      },
    },
  );
  const socialReferralId = social.data?.receiveSocialReferral.id;
  const healthReferralId = health.data?.receiveHealthReferral.id;
  if (socialReferralId === undefined || healthReferralId === undefined) {
    throw new Error(`Referral set-up failed: ${JSON.stringify([social.errors, health.errors])}`);
  }
  const served = await platform.query(
    `mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { id } }`,
    { role: Role.SOCIAL_WORKER, org: carePointUnitOf(district), variables: { input: { referralId: socialReferralId, servedOn: "2026-10-03", mode: "PHONE", summary: "電話評估", socialWorkerName: "社工甲" } } },
  );
  const nursed = await platform.query(
    `mutation($input: HealthServiceInput!) { recordHealthService(input: $input) { id } }`,
    { role: Role.HEALTH_NURSE, org: district, variables: { input: { referralId: healthReferralId, servedOn: "2026-10-04", mode: "HOME_VISIT", summary: "新生兒衛教", nurseName: "護理師乙" } } },
  );
  if (served.errors !== undefined || nursed.errors !== undefined) {
    throw new Error(`Service set-up failed: ${JSON.stringify([served.errors, nursed.errors])}`);
  }
  return { socialReferralId, healthReferralId };
}
