import { Table, Text } from "@mantine/core";
import { CareReport, summarySentence, SUPPRESSED_NOTE, TABLE_ONE_FIRST_HEADING, TABLE_ONE_ROW_HEADING } from "../../../../shared/report/care-report.model";
import { FigureText } from "./figure-cell";

/** Seed 001's table 1 and its referral sentence (A12), laid out by shared/report as the download is. */
export function TableOne({ report }: { report: CareReport }) {
  const withheld = report.columns.some((column) => column.figure.suppressed) || report.referred.suppressed || report.visited.suppressed;
  return (
    <>
      <Table withTableBorder withColumnBorders captionSide="top" aria-label={report.title}>
        <Table.Caption c="var(--mantine-color-text)">{report.title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{TABLE_ONE_FIRST_HEADING}</Table.Th>
            {report.columns.map((column) => (
              <Table.Th key={column.label} scope="col">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{TABLE_ONE_ROW_HEADING}</Table.Th>
            {report.columns.map((column) => (
              <Table.Td key={column.label}>
                <FigureText figure={column.figure} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text aria-label="轉介摘要">{summarySentence(report)}</Text>
      {withheld ? <Text size="sm">{SUPPRESSED_NOTE}</Text> : null}
    </>
  );
}
