import { Select, TextInput } from "@mantine/core";
import type { Role } from "../../../shared/auth/roles";
import { PURPOSES } from "../roles";

/** Every read carries a purpose (x-purpose, PDPA art. 5): chosen from the agency's list or typed. */
export function PurposeFields({ role, purpose, onChange }: { role: Role | null; purpose: string; onChange: (purpose: string) => void }) {
  const choices = role === null ? [...new Set(Object.values(PURPOSES).flat())] : [...PURPOSES[role]];
  return (
    <>
      <Select
        label="使用目的（記錄於個資使用紀錄）"
        data={choices}
        value={choices.includes(purpose) ? purpose : null}
        onChange={(value) => onChange(value ?? choices[0])}
        allowDeselect={false}
      />
      <TextInput label="或自行填寫使用目的" value={purpose} onChange={(event) => onChange(event.currentTarget.value)} maxLength={200} />
    </>
  );
}

/** A blank purpose falls back to the role's first: the gateway refuses a read without one. */
export function purposeOrDefault(role: Role, purpose: string): string {
  return purpose.trim() === "" ? PURPOSES[role][0] : purpose.trim();
}
