import { Table } from "@mantine/core";
import { CareReport, REFERRAL_OUTCOME_HEADINGS, TOTAL_HEADING } from "../../../../shared/report/care-report.model";
import { FigureText } from "./figure-cell";

/** Where each agency's referrals stand (A10, issue #10): the download's 轉介處理情形 sheet, on screen. */
export function ReferralOutcomes({ report }: { report: CareReport }) {
  const title = `各機關受理轉介之處理情形(${report.periodText})`;
  return (
    <Table withTableBorder withColumnBorders captionSide="top" aria-label={title}>
      <Table.Caption c="var(--mantine-color-text)">{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">受轉介機關</Table.Th>
          {REFERRAL_OUTCOME_HEADINGS.map((heading) => (
            <Table.Th key={heading.status} scope="col">
              {heading.label}
            </Table.Th>
          ))}
          <Table.Th scope="col">{TOTAL_HEADING}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.outcomes.map((row, index) => (
          <Table.Tr key={row.agency}>
            <Table.Th scope="row">{row.agency}</Table.Th>
            {row.figures.map((figure, column) => (
              <Table.Td key={REFERRAL_OUTCOME_HEADINGS[column].status}>
                <FigureText figure={figure} />
              </Table.Td>
            ))}
            <Table.Td>
              <FigureText figure={report.referrals[index].figure} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
