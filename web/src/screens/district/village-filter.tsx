import { Select } from "@mantine/core";
import { villagesOf } from "../../../../shared/domain/villages";
import { loadSession } from "../../session";

/**
 * A list's 里 filter (issue #11), applied by the server (CareCaseFilter.village) so each page is a
 * page of that 里: 人文課 chooses among its district's 里, a 里幹事 among the 里 on their token.
 */
export function villagesToFilter(): readonly string[] {
  const session = loadSession();
  if (session === null) {
    return [];
  }
  return session.villages.length > 0 ? session.villages : villagesOf(session.org);
}

export function VillageFilter({ value, onChange }: { value: string; onChange: (village: string) => void }) {
  const villages = villagesToFilter();
  if (villages.length < 2) {
    return null;
  }
  return (
    <Select
      label="里別篩選"
      data={[{ value: "", label: "全部里別" }, ...villages.map((village) => ({ value: village, label: village }))]}
      value={value}
      onChange={(next) => onChange(next ?? "")}
      allowDeselect={false}
      searchable
      w={220}
    />
  );
}
