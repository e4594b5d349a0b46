import { Role } from "../../shared/auth/roles";
import { TestPlatform } from "./platform";
import { carePointUnitOf } from "./scope-oracle";

interface ReferralIds {
  socialReferralId: string;
  healthReferralId: string;
}

/**
 * D3: refers a district care case to social and health through the gateway, as the district
 * would, and records one service contact at each, so tests can read every agency's part.
 */
export async function referToSocialAndHealth(platform: TestPlatform, careCase: { id: string; personId: string; visitDistrictCode: string }): Promise<ReferralIds> {
  const district = careCase.visitDistrictCode;
  const social = await platform.query<{ receiveSocialReferral: { id: string } }>(
    `mutation($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`,
    {
      role: Role.DISTRICT_CASE_OFFICER,
      org: district,
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
      role: Role.DISTRICT_CASE_OFFICER,
      org: district,
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
