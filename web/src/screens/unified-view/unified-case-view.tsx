import { CombinedGraphQLErrors } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Alert, Card, Stack, Text, Title } from "@mantine/core";
import { QueryState } from "../../components/query-state";
import { rocDate } from "../../format/roc-date";
import type { ConsoleUnifiedCaseQuery } from "../../gql/graphql";
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, labelOf } from "../../labels";
import { ORIGIN_COUNTRY_LABELS } from "../../labels/household";
import { NO_VISIBLE_RECORDS_TEXT, REFERRAL_STATUS_LABELS, SEX_LABELS, VISIT_DECISION_LABELS, VISIT_MODE_LABELS, VISIT_OUTCOME_LABELS } from "../../labels/oversight";
import { FieldRow, FieldRows, StateText } from "./field-rows";
import { listState, Path, problemsOf, Problems } from "./field-state";
import { CONSOLE_UNIFIED_CASE } from "./unified-case.query";

const words = (labels: Readonly<Record<string, string>>) => (value: string) => labelOf(labels, value);

/** One agency's part: its heading, then its objects, or why there are none (denied, down, or truly none). */
function AgencyPart({ title, path, problems, items }: { title: string; path: Path; problems: Problems; items: readonly { key: string; label: string; rows: readonly FieldRow[] }[] }) {
  const whole = listState(problems, path);
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {whole !== undefined ? (
        <StateText state={{ kind: whole }} />
      ) : items.length === 0 ? (
        <Text>{NO_VISIBLE_RECORDS_TEXT}</Text>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <FieldRows key={item.key} label={item.label} rows={item.rows} problems={problems} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

type Referral = { id: string; status?: string | null; referredOn?: string | null; contactName?: string | null; contactPhone?: string | null };

function referralItems(agency: string, path: Path, referrals: readonly Referral[] | null | undefined) {
  return (referrals ?? []).map((referral, index) => ({
    key: referral.id,
    label: `${agency}轉介 ${index + 1}`,
    rows: [
      { label: "狀態", path: [...path, index, "status"], value: referral.status, format: words(REFERRAL_STATUS_LABELS) },
      { label: "轉介日期", path: [...path, index, "referredOn"], value: referral.referredOn, format: rocDate },
      { label: "受轉介者姓名", path: [...path, index, "contactName"], value: referral.contactName },
      { label: "受轉介者電話", path: [...path, index, "contactPhone"], value: referral.contactPhone },
    ],
  }));
}

/**
 * D2's unified case view (issue #11): every agency's part of one person's case on one page, each
 * field as the gateway answered it for the caller's role — its value, its masked form (已遮罩), or
 * 無權限檢視 where the role may not read it (null with FORBIDDEN at the path), never a blank.
 * Other roles' screens link here with the person's id.
 */
export function UnifiedCaseView({ personId }: { personId: string }) {
  const { data, loading, error } = useQuery(CONSOLE_UNIFIED_CASE, { variables: { id: personId }, errorPolicy: "all", fetchPolicy: "network-only" });
  const graphQLErrors = CombinedGraphQLErrors.is(error) ? error.errors : undefined;
  // errorPolicy all: the fields' errors are the view's (無權限檢視 at their path); only a read with nothing to show fails as a whole.
  const failure = graphQLErrors === undefined || data === undefined ? error : undefined;
  return (
    <QueryState result={{ data, loading, error: failure }} what="個案">
      {(answered) => <CaseParts person={answered.person} problems={problemsOf(graphQLErrors)} />}
    </QueryState>
  );
}

function CaseParts({ person, problems }: { person: ConsoleUnifiedCaseQuery["person"]; problems: Problems }) {
  if (person === null || person === undefined) {
    const denied = listState(problems, ["person"]) === "denied";
    return (
      <Alert color={denied ? "gray" : "yellow"} variant="filled" role="alert" title={denied ? "無權限檢視此個案" : "查無此個案"}>
        {denied ? "您的角色不得讀取此人的資料。" : "請確認個案識別碼。"}
      </Alert>
    );
  }
  const p = ["person"];
  return (
    <Stack>
      <AgencyPart
        title="戶政事務所：個人及戶籍登記"
        path={p}
        problems={problems}
        items={[
          {
            key: "person",
            label: "個人資料",
            rows: [
              { label: "姓名", path: [...p, "name"], value: person.name },
              { label: "性別", path: [...p, "sex"], value: person.sex, format: words(SEX_LABELS) },
              { label: "出生日期", path: [...p, "birthDate"], value: person.birthDate, format: rocDate },
              { label: "統一編號", path: [...p, "idNumber"], value: person.idNumber },
              { label: "手機", path: [...p, "mobilePhone"], value: person.mobilePhone },
              { label: "原屬國籍或地區", path: [...p, "originCountry"], value: person.originCountry, format: words(ORIGIN_COUNTRY_LABELS) },
              { label: "戶號", path: [...p, "household", "householdNumber"], value: person.household?.householdNumber },
            ],
          },
          ...(person.registrations ?? []).map((registration, index) => {
            const at = [...p, "registrations", index];
            return {
              key: registration.id,
              label: `戶籍登記 ${index + 1}`,
              rows: [
                { label: "洽公項目", path: [...at, "caseType"], value: registration.caseType, format: words(CASE_TYPE_LABELS) },
                { label: "登記日期", path: [...at, "registeredOn"], value: registration.registeredOn, format: rocDate },
                { label: "訪視意願（附件1）", path: [...at, "consentInquiry", "decision"], value: registration.consentInquiry?.decision, format: words(VISIT_DECISION_LABELS) },
                { label: "聯絡電話（公司）", path: [...at, "consentInquiry", "workPhone"], value: registration.consentInquiry?.workPhone },
                { label: "電子郵件", path: [...at, "consentInquiry", "email"], value: registration.consentInquiry?.email },
              ],
            };
          }),
        ]}
      />
      <AgencyPart
        title="區公所：列管案件、訪視及附件4"
        path={[...p, "careCases"]}
        problems={problems}
        items={(person.careCases ?? []).map((careCase, index) => {
          const at = [...p, "careCases", index];
          return {
            key: careCase.id,
            label: `列管案件 ${index + 1}`,
            rows: [
              { label: "洽公項目", path: [...at, "caseType"], value: careCase.caseType, format: words(CASE_TYPE_LABELS) },
              { label: "案件狀態", path: [...at, "status"], value: careCase.status, format: words(CASE_STATUS_LABELS) },
              { label: "里別", path: [...at, "village"], value: careCase.village },
              { label: "鄰", path: [...at, "neighbourhood"], value: careCase.neighbourhood },
              {
                label: "訪視",
                path: [...at, "visitAttempts"],
                value: (careCase.visitAttempts ?? [])
                  .map((attempt) => `第${attempt.attemptNumber ?? "?"}次 ${rocDate(attempt.attemptedOn)} ${labelOf(VISIT_MODE_LABELS, attempt.mode)}${attempt.met === true ? "（晤談）" : "（未遇）"}`)
                  .join("；"),
              },
              { label: "訪視結果（附件4）", path: [...at, "visitRecord", "outcome"], value: careCase.visitRecord?.outcome, format: words(VISIT_OUTCOME_LABELS) },
              { label: "受訪者姓名", path: [...at, "visitRecord", "visitedPersonName"], value: careCase.visitRecord?.visitedPersonName },
              { label: "受訪者電話", path: [...at, "visitRecord", "visitedPersonPhone"], value: careCase.visitRecord?.visitedPersonPhone },
              { label: "受訪者地址", path: [...at, "visitRecord", "visitedPersonAddress"], value: careCase.visitRecord?.visitedPersonAddress },
            ],
          };
        })}
      />
      <AgencyPart title="社會局" path={[...p, "socialReferrals"]} problems={problems} items={referralItems("社會局", [...p, "socialReferrals"], person.socialReferrals)} />
      <AgencyPart title="衛生局" path={[...p, "healthReferrals"]} problems={problems} items={referralItems("衛生局", [...p, "healthReferrals"], person.healthReferrals)} />
      <AgencyPart title="民政局" path={[...p, "civilAffairsReferrals"]} problems={problems} items={referralItems("民政局", [...p, "civilAffairsReferrals"], person.civilAffairsReferrals)} />
      <AgencyPart title="合作機關（勞動局、教育局）" path={[...p, "partnerReferrals"]} problems={problems} items={referralItems("合作機關", [...p, "partnerReferrals"], person.partnerReferrals)} />
      <Text size="sm">「已遮罩」：依您的角色僅顯示部分內容；「無權限檢視」：您的角色不得讀取此欄位；「無資料」：此欄位尚無紀錄。</Text>
    </Stack>
  );
}
