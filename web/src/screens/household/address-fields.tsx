import { Fieldset, Group, Select, TextInput } from "@mantine/core";
import { Controller, FieldValues, Path, PathValue, UseFormReturn, useWatch } from "react-hook-form";
import { TAIPEI_DISTRICTS } from "../../../../shared/domain/districts";
import { MAX_NEIGHBOURHOOD, villagesOf } from "../../../../shared/domain/villages";
import type { AddressValues } from "./address-form";

const DISTRICTS = TAIPEI_DISTRICTS.map((district) => ({ value: district.code, label: district.name }));
const NEIGHBOURHOODS = Array.from({ length: MAX_NEIGHBOURHOOD }, (_, index) => ({ value: String(index + 1), label: `${index + 1} 鄰` }));

/** The typed parts after the district's selects: 路(街) 段 巷 弄 號(之) 樓(之), each with the unit it is written with. */
const PARTS: readonly { key: keyof AddressValues; label: string; width: number; required?: boolean }[] = [
  { key: "road", label: "路（街）", width: 180, required: true },
  { key: "section", label: "段", width: 70 },
  { key: "lane", label: "巷", width: 70 },
  { key: "alley", label: "弄", width: 70 },
  { key: "number", label: "號", width: 80, required: true },
  { key: "numberSub", label: "號之", width: 70 },
  { key: "floor", label: "樓", width: 70 },
  { key: "floorUnit", label: "樓之", width: 70 },
];

interface AddressFieldsProps<Values extends FieldValues> {
  readonly form: UseFormReturn<Values>;
  /** Where the address sits in the form's values, e.g. consentInquiry.visitAddress. */
  readonly at: string;
  readonly legend: string;
  /** A correction keeps the district (A6: a move to another district is a new handover). */
  readonly districtFixed?: boolean;
}

/**
 * A Taipei address in 附件1's parts (A2). 里 and 鄰 are lists of the chosen district's (the
 * platform's shared 里 data, shared/domain/villages.ts, the list the server checks against), because
 * they route the case to a 里幹事 and a typo would send it nowhere.
 */
export function AddressFields<Values extends FieldValues>({ form, at, legend, districtFixed }: AddressFieldsProps<Values>) {
  const name = (key: keyof AddressValues) => `${at}.${key}` as Path<Values>;
  const districtCode = useWatch({ control: form.control, name: name("districtCode") }) as string;
  const villages = villagesOf(districtCode).map((village) => ({ value: village, label: village }));
  const errorOf = (key: keyof AddressValues): string | undefined => form.getFieldState(name(key), form.formState).error?.message;
  return (
    <Fieldset legend={legend}>
      <Group align="flex-start" gap="sm">
        <Controller
          control={form.control}
          name={name("districtCode")}
          render={({ field }) => (
            <Select
              label="區"
              data={DISTRICTS}
              value={field.value === "" ? null : (field.value as string)}
              onChange={(value) => {
                field.onChange(value ?? "");
                // Another district's 里 is never right: choose again from the new list.
                form.setValue(name("village"), "" as PathValue<Values, Path<Values>>, { shouldValidate: false });
              }}
              onBlur={field.onBlur}
              error={errorOf("districtCode")}
              disabled={districtFixed}
              required
              w={120}
            />
          )}
        />
        <Controller
          control={form.control}
          name={name("village")}
          render={({ field }) => (
            <Select
              label="里"
              data={villages}
              value={field.value === "" ? null : (field.value as string)}
              onChange={(value) => field.onChange(value ?? "")}
              onBlur={field.onBlur}
              error={errorOf("village")}
              placeholder={districtCode === "" ? "請先選區" : "選擇里別"}
              disabled={districtCode === ""}
              searchable
              required
              w={140}
            />
          )}
        />
        <Controller
          control={form.control}
          name={name("neighbourhood")}
          render={({ field }) => (
            <Select
              label="鄰"
              data={NEIGHBOURHOODS}
              value={field.value === "" ? null : (field.value as string)}
              onChange={(value) => field.onChange(value ?? "")}
              onBlur={field.onBlur}
              error={errorOf("neighbourhood")}
              searchable
              clearable
              w={100}
            />
          )}
        />
        {PARTS.map((part) => (
          <TextInput
            key={part.key}
            label={part.label}
            {...form.register(name(part.key))}
            error={errorOf(part.key)}
            required={part.required}
            inputMode={part.key === "road" ? undefined : "numeric"}
            w={part.width}
          />
        ))}
      </Group>
    </Fieldset>
  );
}
