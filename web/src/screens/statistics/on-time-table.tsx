import { Table, Text, Title } from "@mantine/core";
import { districtsIn, onTimeRateOf, printedRate, TimelinessCell } from "./on-time-rates";

/** The steps the district is held to (B12), as the analyst names them. */
const STEPS: readonly { readonly key: "acknowledgement" | "homeVisit" | "visitRecord"; readonly label: string }[] = [
  { key: "acknowledgement", label: "交接簽收（A4）" },
  { key: "homeVisit", label: "期限內訪視（A2）" },
  { key: "visitRecord", label: "附件4 兩日內繳交（A6）" },
];

export type TimelinessTables = Readonly<Record<(typeof STEPS)[number]["key"], readonly TimelinessCell[]>>;

/** The on-time rates per district (B12): the steps that ended on time over the steps that ended, by the month they were due. */
export function OnTimeTable({ tables }: { tables: TimelinessTables }) {
  const districts = districtsIn(STEPS.map((step) => tables[step.key]));
  return (
    <section aria-labelledby="on-time-title">
      <Title order={3} size="h5" id="on-time-title">
        各區期限內完成比率
      </Title>
      {districts.length === 0 ? (
        <Text>此期間沒有到期的步驟。</Text>
      ) : (
        <Table withTableBorder aria-label="各區期限內完成比率">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">行政區</Table.Th>
              {STEPS.map((step) => (
                <Table.Th key={step.key} scope="col">
                  {step.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {districts.map((district) => (
              <Table.Tr key={district.code}>
                <Table.Th scope="row">{district.name}</Table.Th>
                {STEPS.map((step) => (
                  <Table.Td key={step.key}>{printedRate(onTimeRateOf(tables[step.key], district.code))}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
