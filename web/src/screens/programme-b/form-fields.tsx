import { Button, Group, Radio, Select, Table } from "@mantine/core";
import type { ReactNode } from "react";
import { Control, Controller, FieldPath, FieldValues } from "react-hook-form";
import { taipeiToday } from "../../format/taipei-today";
import { RocDateField } from "../../forms/roc-date-field";
import { ServerError, ServerProblem } from "../district/server-error";

/**
 * The pieces programme B's forms share (issue #12), so each form says only what is its own: a
 * required date of the form (no day after today: the platform refuses future dates), a choice
 * of codes as radios or a select, the server's refusal above the submit button, and a table's header row.
 */
interface FieldOf<Values extends FieldValues> {
  readonly control: Control<Values>;
  readonly name: FieldPath<Values>;
  readonly label: string;
}

/** A date the user types either way (ROC or Gregorian) or picks, never after today; the form holds the ISO date. */
export function FormDateField<Values extends FieldValues>({ control, name, label, minDate }: FieldOf<Values> & { readonly minDate?: string | null }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RocDateField label={label} value={String(field.value ?? "")} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} minDate={minDate ?? undefined} maxDate={taipeiToday()} required />
      )}
    />
  );
}

/** One of a few codes, each radio in the user's words (a label table's options). */
export function FormRadios<Values extends FieldValues>({ control, name, label, options, required }: FieldOf<Values> & { readonly options: readonly { value: string; label: string }[]; readonly required?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Radio.Group label={label} value={(field.value as string | null) ?? null} onChange={field.onChange} error={fieldState.error?.message} required={required}>
          <Group mt={4}>
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
      )}
    />
  );
}

/** A required pick of one code from a list (empty until chosen). */
export function FormSelect<Values extends FieldValues>({ control, name, label, options }: FieldOf<Values> & { readonly options: readonly { value: string; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          data={options}
          value={typeof field.value === "string" && field.value !== "" ? field.value : null}
          onChange={(value) => field.onChange(value ?? "")}
          error={fieldState.error?.message}
          allowDeselect={false}
          required
        />
      )}
    />
  );
}

/** A form's end: the server's refusal, if any (its code in words), then the submit button. */
export function FormFooter({ problem, loading, children, primary = true }: { problem: ServerProblem | null; loading: boolean; children: ReactNode; primary?: boolean }) {
  return (
    <>
      <ServerError problem={problem} />
      <Group>
        <Button type="submit" variant={primary ? "filled" : "default"} loading={loading}>
          {children}
        </Button>
      </Group>
    </>
  );
}

export function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column}>{column}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
