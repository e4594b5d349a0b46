import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, Divider, Group, Radio, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { districtByCode, TAIPEI_DISTRICTS } from "../../../../shared/domain/districts";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreItems } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { graphql } from "../../gql";
import type { ConsoleReturnsToCorrectQuery } from "../../gql/graphql";
import { CASE_TYPE_LABELS, INBOX_STATE_LABELS } from "../../labels";
import { DECISION_LABELS, optionsOf } from "../../labels/household";
import { AddressFields } from "./address-fields";
import { addressValuesOf } from "./address-form";
import { addressLine } from "./address-line";
import { CorrectionValues, correctionSchema, toCorrectionInput } from "./correction-form";
import { showServerErrors } from "./server-errors";
import { StateBadge } from "./state-badge";
import { WithdrawalForm } from "./withdrawal-form";

/** The district's returns (A6): the open CORRECTION deadlines of the office's inbox, with the form as recorded. */
const RETURNS = graphql(`
  query ConsoleReturnsToCorrect($first: Int, $after: String) {
    householdInbox(first: $first, after: $after, steps: ["CORRECTION"]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      items {
        id
        step
        dueAt
        state
        consentInquiry {
          id
          caseType
          decision
          appliedOn
          respondentName
          visitAddress {
            districtCode
            village
            neighbourhood
            road
            section
            lane
            alley
            number
            floor
            floorUnit
          }
          correctionRequest {
            reason
            requestedAt
            district
          }
        }
      }
    }
  }
`);

const CORRECT = graphql(`
  mutation ConsoleCorrectConsentInquiry($input: CorrectConsentInquiryInput!) {
    correctConsentInquiry(input: $input) {
      id
      correctionRequest {
        correctedAt
      }
    }
  }
`);

type ReturnedForm = NonNullable<NonNullable<NonNullable<NonNullable<ConsoleReturnsToCorrectQuery["householdInbox"]>["items"]>[number]["consentInquiry"]>>;

const CONSENTING = optionsOf(DECISION_LABELS).filter((option) => option.value !== "DECLINED");

function CorrectionForm({ inquiry, onDone }: { inquiry: ReturnedForm; onDone: (message: string) => void }) {
  const [correct, { loading }] = useMutation(CORRECT);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CorrectionValues>({
    resolver: zodResolver(correctionSchema),
    mode: "onChange",
    defaultValues: {
      caseType: inquiry.caseType ?? "MOVE",
      decision: inquiry.decision === "PHONE_VISIT" ? "PHONE_VISIT" : "HOME_VISIT",
      visitAddress: addressValuesOf(inquiry.visitAddress),
    },
  });
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await correct({ variables: { input: toCorrectionInput(inquiry.id, values) } });
      onDone("已更正並送回區公所（A6）。");
    } catch (error) {
      setFormError(showServerErrors(error, form, "input."));
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="更正附件1">
      <Stack>
        <Controller
          control={form.control}
          name="caseType"
          render={({ field }) => (
            <Select
              label="登記項目"
              data={optionsOf(CASE_TYPE_LABELS)}
              value={field.value}
              onChange={(value) => field.onChange(value ?? "")}
              error={form.formState.errors.caseType?.message}
              allowDeselect={false}
              required
              w={200}
            />
          )}
        />
        <Controller
          control={form.control}
          name="decision"
          render={({ field }) => (
            <Radio.Group label="意願" value={field.value} onChange={field.onChange} error={form.formState.errors.decision?.message} required>
              <Group mt="xs">
                {CONSENTING.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <AddressFields form={form} at="visitAddress" legend="拜訪地址（同一行政區內更正；跨區請重新交接）" districtFixed />
        {formError !== null && (
          <Alert color="red" variant="filled" role="alert" title="未送出">
            {formError}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            更正並送回區公所
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A6: the district's returns to correct, oldest due first; open one, correct it and send it back (or withdraw it). */
export function ReturnsToCorrect() {
  const query = useQuery(RETURNS, { variables: { first: PAGE_SIZE } });
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, householdInbox: withMoreItems(shown.householdInbox, fetchMoreResult.householdInbox) }) });
  const { data, refetch } = query;
  const [openId, setOpenId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const returns = (data?.householdInbox?.items ?? []).filter((item) => item.step === "CORRECTION" && item.consentInquiry !== null && item.consentInquiry !== undefined);
  const opened = returns.find((item) => item.consentInquiry?.id === openId)?.consentInquiry;
  const finish = (message: string): void => {
    setOpenId(null);
    setDone(message);
    void refetch();
  };
  return (
    <Stack>
      <Title order={2} size="h4">
        退回更正案件
      </Title>
      <Text size="sm">區公所人文課退回登錄有誤之案件，請於期限內更正並送回（A6）。</Text>
      {done !== null && (
        <Alert variant="default" role="status" title="已送回">
          {done}
        </Alert>
      )}
      <QueryState result={query} what="退回案件" empty={{ when: () => returns.length === 0, text: "目前沒有退回更正的案件。" }}>
        {() => (
          <Table striped aria-label="退回更正案件">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>期限狀態</Table.Th>
                <Table.Th>更正期限</Table.Th>
                <Table.Th>退回區公所</Table.Th>
                <Table.Th>退回原因</Table.Th>
                <Table.Th>申請日期</Table.Th>
                <Table.Th>受訪者</Table.Th>
                <Table.Th>操作</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returns.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <StateBadge labels={INBOX_STATE_LABELS} state={item.state} />
                  </Table.Td>
                  <Table.Td>{rocDateTime(item.dueAt)}</Table.Td>
                  <Table.Td>{districtByCode(item.consentInquiry?.correctionRequest?.district ?? "")?.name ?? "—"}公所</Table.Td>
                  <Table.Td>{item.consentInquiry?.correctionRequest?.reason ?? "—"}</Table.Td>
                  <Table.Td>{rocDate(item.consentInquiry?.appliedOn)}</Table.Td>
                  <Table.Td>{item.consentInquiry?.respondentName ?? "—"}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        setDone(null);
                        setOpenId(item.consentInquiry?.id ?? null);
                      }}
                    >
                      開啟更正
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <MoreRows page={data?.householdInbox} shown={returns.length} what="退回案件" onMore={more} />
      {opened !== undefined && opened !== null && (
        <Card withBorder component="section" aria-label="更正附件1">
          <Stack>
            <Title order={3} size="h5">
              更正：{opened.respondentName ?? "—"}（{rocDate(opened.appliedOn)} 申請）
            </Title>
            <Text size="sm">原登錄拜訪地址：{opened.visitAddress === null || opened.visitAddress === undefined ? "—" : addressLine(opened.visitAddress, TAIPEI_DISTRICTS)}</Text>
            <CorrectionForm key={opened.id} inquiry={opened} onDone={finish} />
            <Divider label="或" labelPosition="center" />
            <WithdrawalForm key={`withdraw-${opened.id}`} consentInquiryId={opened.id} onDone={finish} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
