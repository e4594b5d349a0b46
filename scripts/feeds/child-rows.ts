import { addDays } from "../../shared/calendar/iso-date";
import { DISTRICT_CODES } from "../../shared/domain/districts";
import { Sex } from "../../shared/domain/enums";
import { csvField } from "../../shared/feeds/csv";
import { generateNationalId } from "../demo-data/identity";
import { taiwaneseName } from "../demo-data/names";
import { SeededRandom } from "../demo-data/random";

/** docs/feeds/nhia-uninsured.md, docs/feeds/low-income-disability.md: the child's columns every programme B sender starts a line with. */
export const CHILD_HEADER = ["row_id", "child_id_number", "child_name", "sex", "birth_date", "household_district_code", "mother_name", "mother_id_number"] as const;

/** A generated child: its columns in CHILD_HEADER's order (the row id first), and its birth date for the rest of the line. */
export interface GeneratedChild {
  readonly fields: string[];
  readonly birthDate: string;
}

/** ID numbers of one file, each once (a repeated random number would make two children one). */
export function uniqueIdMaker(rng: SeededRandom): (sex: Sex) => string {
  const used = new Set<string>();
  return (sex) => {
    let id = generateNationalId(rng, sex);
    while (used.has(id)) {
      id = generateNationalId(rng, sex);
    }
    used.add(id);
    return id;
  };
}

/** A file's children (CHILD_HEADER's columns), each ID number once. */
export function childMaker(rng: SeededRandom, deliveredOn: string): (rowId: string, overAge: boolean) => GeneratedChild {
  const uniqueId = uniqueIdMaker(rng);
  return (rowId, overAge) => {
    const sex = rng.chance(0.5) ? Sex.MALE : Sex.FEMALE;
    // Under 7 by at least a month on delivery, or 7–11 for the over-age lines (R7: social excludes them).
    const birthDate = overAge ? addDays(deliveredOn, -rng.int(7 * 366 + 10, 11 * 365)) : addDays(deliveredOn, -rng.int(400, 6 * 365 + 300));
    const knowsMother = rng.chance(0.85);
    return {
      birthDate,
      fields: [
        rowId,
        uniqueId(sex),
        taiwaneseName(rng, sex),
        sex === Sex.MALE ? "M" : "F",
        birthDate,
        rng.pick(DISTRICT_CODES),
        knowsMother ? taiwaneseName(rng, Sex.FEMALE) : "",
        knowsMother ? generateNationalId(rng, Sex.FEMALE) : "",
      ],
    };
  };
}

/**
 * One malformed line of the kinds the readers skip with a reason: a wrong check digit, an
 * impossible birth date, an unknown district, a bad sex (CHILD_HEADER's places: the CDC's too),
 * or a line cut short after `cutAt` fields. `wrong` is the third kind's field and value (a
 * sender whose own column the reader checks instead of the district: 戶政司's category).
 */
export function malformedChild(rng: SeededRandom, line: readonly string[], cutAt = 6, wrong: readonly [number, string] = [5, "63000999"]): string[] {
  const bad = [...line];
  switch (rng.int(0, 4)) {
    case 0:
      bad[1] = `${bad[1].slice(0, 9)}${(Number(bad[1][9]) + 1) % 10}`;
      return bad;
    case 1:
      bad[4] = "2021-02-30";
      return bad;
    case 2:
      bad[wrong[0]] = wrong[1];
      return bad;
    case 3:
      bad[3] = "X";
      return bad;
    default:
      return bad.slice(0, cutAt);
  }
}

/** A file's text: the header and the lines, CRLF as the senders write them. */
export function csvText(header: readonly string[], lines: readonly (readonly string[])[]): string {
  return `${[header.join(","), ...lines.map((fields) => fields.map(csvField).join(","))].join("\r\n")}\r\n`;
}

/** Lines of each kind in a generated file. */
export function countOf<Kind extends string>(kinds: readonly Kind[], all: readonly Kind[]): Record<Kind, number> {
  const counts = Object.fromEntries(all.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const kind of kinds) {
    counts[kind] += 1;
  }
  return counts;
}
