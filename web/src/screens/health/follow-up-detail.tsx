import { Alert, Card, Divider, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { rocDate } from "../../format/roc-date";
import type { ConsoleVaccinationFollowUpsQuery } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { CONTACTED_PERSON_LABELS, REFERRAL_CONDITION_LABELS, REMINDER_MODE_LABELS, VACCINATION_OUTCOME_LABELS, VACCINATION_STATUS_LABELS } from "../../labels/programme-b";
import { DeadlineBadges } from "../programme-b/deadline-badges";
import { HeaderRow } from "../programme-b/form-fields";
import { OutcomeForm } from "./outcome-form";
import { ReferralForm } from "./referral-form";
import { ReminderForm } from "./reminder-form";

export type FollowUp = NonNullable<ConsoleVaccinationFollowUpsQuery["vaccinationFollowUps"]>[number];

/** B4's rule as the nurse reads it: how many reminders the CDC's window holds, how many two-way, and whether that suffices. */
function CatchUpRule({ followUp }: { followUp: FollowUp }) {
  const rule = followUp.catchUpRule;
  return (
    <Alert variant="default" title={rule?.holds === true ? "已達催種標準（B4）" : "尚未達催種標準（B4）"} role="status">
      6個月內提醒 {rule?.remindersInWindow ?? 0}／3 次，其中雙向聯繫 {rule?.twoWayContacts ?? 0}／1 次。
    </Alert>
  );
}

/** One follow-up: the child, the CDC's overdue doses and window, the reminders so far, and the nurse's next step. */
export function FollowUpDetail({ followUp, onChange }: { followUp: FollowUp; onChange: () => void }) {
  const open = followUp.status === "OPEN";
  return (
    <Card withBorder component="section" aria-label={`催種個案：${followUp.name ?? "—"}`}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {followUp.name ?? "—"}（{labelOf(VACCINATION_STATUS_LABELS, followUp.status)}）
        </Title>
        <Text size="sm">
          身分證統一編號 {followUp.idNumber ?? "—"}，生日 {rocDate(followUp.birthDate)}，母親 {followUp.motherName ?? "—"}，戶籍地址 {followUp.householdAddress ?? "—"}
        </Text>
        <Text size="sm">
          疾管署催種期間 {rocDate(followUp.windowStart)} 至 {rocDate(followUp.windowEnd)}
        </Text>
        <List size="sm" aria-label="逾期未接種疫苗">
          {(followUp.doses ?? []).map((dose) => (
            <List.Item key={`${dose.vaccine ?? ""}-${dose.dose ?? ""}`}>
              {dose.vaccine ?? "—"} 第{dose.dose ?? "—"}劑，應接種日 {rocDate(dose.dueOn)}
            </List.Item>
          ))}
        </List>
        <DeadlineBadges deadlines={followUp.deadlines} />
        <CatchUpRule followUp={followUp} />
        {(followUp.reminders ?? []).length === 0 ? (
          <Text size="sm">尚無提醒紀錄。</Text>
        ) : (
          <Table striped aria-label="催種提醒紀錄">
            <HeaderRow columns={["日期", "方式", "雙向聯繫", "聯繫對象"]} />
            <Table.Tbody>
              {(followUp.reminders ?? []).map((reminder) => (
                <Table.Tr key={reminder.id}>
                  <Table.Td>{rocDate(reminder.remindedOn)}</Table.Td>
                  <Table.Td>{labelOf(REMINDER_MODE_LABELS, reminder.mode)}</Table.Td>
                  <Table.Td>{reminder.twoWay === true ? "是" : "否"}</Table.Td>
                  <Table.Td>{reminder.twoWay === true ? labelOf(CONTACTED_PERSON_LABELS, reminder.reached) : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {followUp.outcome !== null && followUp.outcome !== undefined && (
          <Text size="sm">
            催種結果：{labelOf(VACCINATION_OUTCOME_LABELS, followUp.outcome)}（{rocDate(followUp.outcomeOn)}）
          </Text>
        )}
        {followUp.referralCondition !== null && followUp.referralCondition !== undefined && (
          <Text size="sm">
            已於 {rocDate(followUp.referredOn)} 轉介社政單位：{labelOf(REFERRAL_CONDITION_LABELS, followUp.referralCondition)}
          </Text>
        )}
        {open && (
          <>
            <Divider label="記錄催種提醒" labelPosition="left" />
            <ReminderForm followUpId={followUp.id} windowStart={followUp.windowStart} onDone={onChange} />
            <Divider label="催種結果與轉介" labelPosition="left" />
            <Group align="flex-start" grow>
              {(followUp.outcome === null || followUp.outcome === undefined) && <OutcomeForm followUpId={followUp.id} windowStart={followUp.windowStart} onDone={onChange} />}
              <ReferralForm followUpId={followUp.id} onDone={onChange} />
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
