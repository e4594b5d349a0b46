import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { Controller, useFieldArray, useForm, useWatch } from "react-hook-form";
import { rocDate } from "../../format/roc-date";
import { RocDateField } from "../../forms/roc-date-field";
import { graphql } from "../../gql";
import type { RecordTeenParentSurveyInput, TeenParentNeed, TeenParentReceivedService } from "../../gql/graphql";
import { showServerErrors } from "./server-errors";
import { todayInTaipei } from "./today";

const SURVEYS_DUE = graphql(`
  query ConsoleTeenParentSurveysDue {
    teenParentSurveysDue {
      id
      registeredOn
      registrant {
        id
        name
      }
    }
  }
`);

const RECORD_SURVEY = graphql(`
  mutation ConsoleRecordTeenParentSurvey($input: RecordTeenParentSurveyInput!) {
    recordTeenParentSurvey(input: $input) {
      id
      declined
    }
  }
`);

/** 附表4 二、需求了解 in the form's words (B7). */
const NEEDS: readonly (readonly [TeenParentNeed, string])[] = [
  ["ECONOMIC_MATERIAL", "A. 經濟及物資協助"],
  ["MEDICAL", "B. 醫療協助"],
  ["SCHOOLING", "C. 就學規劃"],
  ["JOB_MATCHING", "D. 媒合就業"],
  ["PARENTING_GUIDANCE", "E. 育兒指導"],
  ["LEGAL_WELFARE_ADVICE", "F. 法律及福利諮詢"],
  ["EMOTIONAL_SUPPORT", "G. 情緒支持"],
  ["OTHER", "H. 其他"],
  ["NONE", "I. 以上皆無"],
];

const SERVICES: readonly (readonly [TeenParentReceivedService, string])[] = [
  ["DOMESTIC_VIOLENCE_CENTRE", "家防中心"],
  ["YOUTH_CENTRE", "少年中心"],
  ["SOCIAL_WELFARE_CENTRE", "社福中心"],
  ["OTHER", "其他單位"],
];

interface PersonRow {
  name: string;
  idNumber: string;
  birthDate: string;
  phone: string;
}

interface AddressValues {
  city: string;
  district: string;
  road: string;
  section: string;
  lane: string;
  alley: string;
  number: string;
}

interface SurveyValues {
  registrationId: string;
  declined: boolean;
  babies: PersonRow[];
  father: PersonRow;
  mother: PersonRow;
  carer: PersonRow & { relationship: string };
  householdAddress: AddressValues;
  residenceSameAsHousehold: boolean;
  residenceAddress: AddressValues;
  facebook: string;
  lineId: string;
  otherContact: string;
  needs: TeenParentNeed[];
  needOther: string;
  servicesReceived: TeenParentReceivedService[];
  serviceOther: string;
  clerkName: string;
  clerkPhone: string;
  referredOn: string;
}

const emptyPerson = (): PersonRow => ({ name: "", idNumber: "", birthDate: "", phone: "" });
const emptyAddress = (): AddressValues => ({ city: "臺北市", district: "", road: "", section: "", lane: "", alley: "", number: "" });

function emptySurvey(today: string, clerkName = "", clerkPhone = ""): SurveyValues {
  return {
    registrationId: "", declined: false, babies: [emptyPerson()], father: emptyPerson(), mother: emptyPerson(), carer: { ...emptyPerson(), relationship: "" },
    householdAddress: emptyAddress(), residenceSameAsHousehold: true, residenceAddress: emptyAddress(), facebook: "", lineId: "", otherContact: "",
    needs: [], needOther: "", servicesReceived: [], serviceOther: "", clerkName, clerkPhone, referredOn: today,
  };
}

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());
const personInput = (row: PersonRow) => ({ name: row.name, idNumber: blankToNull(row.idNumber), birthDate: blankToNull(row.birthDate), phone: blankToNull(row.phone) });
const filled = (row: PersonRow) => Object.values(row).some((value) => value.trim() !== "");
const addressInput = (address: AddressValues) => ({
  city: address.city, district: address.district, road: address.road, section: blankToNull(address.section), lane: blankToNull(address.lane), alley: blankToNull(address.alley), number: address.number,
});

/** The form's values as the mutation's input: a declined survey carries no answers (B7: voluntary); empty rows are absent. */
function toSurveyInput(values: SurveyValues): RecordTeenParentSurveyInput {
  const referral = { registrationId: values.registrationId, declined: values.declined, clerkName: values.clerkName, clerkPhone: values.clerkPhone, referredOn: values.referredOn };
  if (values.declined) {
    return referral;
  }
  return {
    ...referral,
    babies: values.babies.map(personInput),
    father: filled(values.father) ? personInput(values.father) : null,
    mother: filled(values.mother) ? personInput(values.mother) : null,
    carer: filled(values.carer) ? { ...personInput(values.carer), relationship: values.carer.relationship } : null,
    householdAddress: addressInput(values.householdAddress),
    residenceSameAsHousehold: values.residenceSameAsHousehold,
    residenceAddress: values.residenceSameAsHousehold ? null : addressInput(values.residenceAddress),
    facebook: blankToNull(values.facebook),
    lineId: blankToNull(values.lineId),
    otherContact: blankToNull(values.otherContact),
    needs: values.needs,
    needOther: values.needs.includes("OTHER") ? blankToNull(values.needOther) : null,
    servicesReceived: values.servicesReceived,
    serviceOther: values.servicesReceived.includes("OTHER") ? blankToNull(values.serviceOther) : null,
  };
}

/** B7: 附表4's address: 縣(市) 鄉(鎮市區) 路(街) 段 巷 弄 號 — no 里, 鄰 or 樓. */
function AddressRow({ form, prefix, legend }: { form: ReturnType<typeof useForm<SurveyValues>>; prefix: "householdAddress" | "residenceAddress"; legend: string }) {
  const errors = form.formState.errors[prefix];
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <TextInput label={`${legend}縣(市)`} {...form.register(`${prefix}.city`)} error={errors?.city?.message} required />
        <TextInput label={`${legend}鄉(鎮市區)`} {...form.register(`${prefix}.district`)} error={errors?.district?.message} required />
        <TextInput label={`${legend}路(街)`} {...form.register(`${prefix}.road`)} error={errors?.road?.message} required />
        <TextInput label={`${legend}段`} {...form.register(`${prefix}.section`)} error={errors?.section?.message} />
        <TextInput label={`${legend}巷`} {...form.register(`${prefix}.lane`)} error={errors?.lane?.message} />
        <TextInput label={`${legend}弄`} {...form.register(`${prefix}.alley`)} error={errors?.alley?.message} />
        <TextInput label={`${legend}號`} description="例：12 或 12之3" {...form.register(`${prefix}.number`)} error={errors?.number?.message} required />
      </SimpleGrid>
    </Fieldset>
  );
}

/** 附表4 溫馨關懷服務需求調查表 (B7, R7): asked at a birth registration where a parent is under 20; voluntary. */
export function TeenParentSurvey() {
  const due = useQuery(SURVEYS_DUE, { fetchPolicy: "network-only" });
  const [record, { loading: saving }] = useMutation(RECORD_SURVEY);
  const [formError, setFormError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<SurveyValues>({ defaultValues: emptySurvey(todayInTaipei()) });
  const { control, register, formState } = form;
  const errors = formState.errors;
  const babies = useFieldArray({ control, name: "babies" });
  const [declined, needs, services, same] = useWatch({ control, name: ["declined", "needs", "servicesReceived", "residenceSameAsHousehold"] });

  const registrations = (due.data?.teenParentSurveysDue ?? []).map((registration) => ({
    value: registration.id,
    label: `${rocDate(registration.registeredOn)} 出生登記（申請人 ${registration.registrant?.name ?? "—"}）`,
  }));

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setRecorded(null);
    try {
      const result = await record({ variables: { input: toSurveyInput(values) } });
      setRecorded(result.data?.recordTeenParentSurvey?.declined === true ? "已登錄：申請人不願填寫（附表4 視個人意願填寫）。" : "已登錄附表4，將於次月彙送民政局轉社政單位（B7）。");
      form.reset(emptySurvey(todayInTaipei(), values.clerkName, values.clerkPhone));
      await due.refetch();
    } catch (error) {
      setFormError(showServerErrors(error, form));
    }
  });

  const personRow = (prefix: "father" | "mother" | "carer", legend: string) => (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput label={`${legend}姓名`} {...register(`${prefix}.name`)} error={errors[prefix]?.name?.message} />
        <TextInput label={`${legend}身分證字號`} {...register(`${prefix}.idNumber`)} error={errors[prefix]?.idNumber?.message} />
        <Controller
          control={control}
          name={`${prefix}.birthDate`}
          render={({ field }) => <RocDateField label={`${legend}生日`} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors[prefix]?.birthDate?.message} maxDate={todayInTaipei()} />}
        />
        <TextInput label={`${legend}連絡電話`} {...register(`${prefix}.phone`)} error={errors[prefix]?.phone?.message} />
        {prefix === "carer" && <TextInput label="主要照顧者關係" description="例：祖母" {...register("carer.relationship")} error={errors.carer?.relationship?.message} />}
      </SimpleGrid>
    </Fieldset>
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="附表4 溫馨關懷服務需求調查表">
      <Stack>
        <Title order={2} size="h4">
          溫馨關懷服務需求調查表（附表4）
        </Title>
        {recorded !== null && (
          <Alert variant="default" role="status" title="登錄完成">
            {recorded}
          </Alert>
        )}
        {due.error !== undefined && (
          <Alert color="red" variant="filled" role="alert" title="無法讀取出生登記">
            {due.error.message}
          </Alert>
        )}
        <Controller
          control={control}
          name="registrationId"
          render={({ field }) => (
            <Select
              label="出生登記"
              description="父或母於登記日未滿20歲之出生登記（R7）"
              data={registrations}
              value={field.value === "" ? null : field.value}
              onChange={(value) => field.onChange(value ?? "")}
              error={errors.registrationId?.message}
              required
            />
          )}
        />
        <Checkbox label="申請人不願填寫（本表視個人意願填寫）" {...register("declined")} />

        {!declined && (
          <>
            <Fieldset legend="一、基本資料：寶寶">
              <Stack>
                {babies.fields.map((row, index) => (
                  <SimpleGrid key={row.id} cols={{ base: 1, sm: 4 }}>
                    <TextInput label={`寶寶${index + 1}姓名`} {...register(`babies.${index}.name`)} error={errors.babies?.[index]?.name?.message} required />
                    <TextInput label={`寶寶${index + 1}身分證字號`} {...register(`babies.${index}.idNumber`)} error={errors.babies?.[index]?.idNumber?.message} />
                    <Controller
                      control={control}
                      name={`babies.${index}.birthDate`}
                      render={({ field }) => (
                        <RocDateField label={`寶寶${index + 1}生日`} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.babies?.[index]?.birthDate?.message} maxDate={todayInTaipei()} required />
                      )}
                    />
                    <Group align="end">
                      {babies.fields.length > 1 && (
                        <Button variant="default" onClick={() => babies.remove(index)}>
                          刪除寶寶{index + 1}
                        </Button>
                      )}
                    </Group>
                  </SimpleGrid>
                ))}
                <Group>
                  <Button variant="default" onClick={() => babies.append(emptyPerson())}>
                    增列寶寶
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
            {personRow("father", "父親")}
            {personRow("mother", "母親")}
            {personRow("carer", "主要照顧者")}
            <AddressRow form={form} prefix="householdAddress" legend="戶籍地" />
            <Checkbox label="居住地同上" {...register("residenceSameAsHousehold")} />
            {!same && <AddressRow form={form} prefix="residenceAddress" legend="居住地" />}
            <Fieldset legend="其他聯繫方式（視意願選填）">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="FB 帳號" {...register("facebook")} error={errors.facebook?.message} />
                <TextInput label="LINE ID" {...register("lineId")} error={errors.lineId?.message} />
                <TextInput label="其他聯絡方式" {...register("otherContact")} error={errors.otherContact?.message} />
              </SimpleGrid>
            </Fieldset>
            <Controller
              control={control}
              name="needs"
              render={({ field }) => (
                <Checkbox.Group
                  label="二、需求了解（可複選）"
                  value={field.value}
                  // I "以上皆無" stands alone: ticking it clears the others, ticking another clears it.
                  onChange={(picked) => {
                    const next = picked as TeenParentNeed[];
                    field.onChange(next.includes("NONE") && !field.value.includes("NONE") ? ["NONE"] : next.filter((need) => need !== "NONE" || next.length === 1));
                  }}
                  error={errors.needs?.message}
                >
                  <Stack gap="xs" mt="xs">
                    {NEEDS.map(([value, label]) => (
                      <Checkbox key={value} value={value} label={label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
            {needs.includes("OTHER") && <TextInput label="H. 其他（請說明）" {...register("needOther")} error={errors.needOther?.message} required />}
            <Controller
              control={control}
              name="servicesReceived"
              render={({ field }) => (
                <Checkbox.Group label="三、已有相關單位協助或服務（未勾選為無）" value={field.value} onChange={(picked) => field.onChange(picked as TeenParentReceivedService[])} error={errors.servicesReceived?.message}>
                  <Group mt="xs">
                    {SERVICES.map(([value, label]) => (
                      <Checkbox key={value} value={value} label={label} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            {services.includes("OTHER") && <TextInput label="協助或服務之其他單位" {...register("serviceOther")} error={errors.serviceOther?.message} required />}
          </>
        )}

        <Fieldset legend="以下由戶政人員填寫">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="轉介人員" {...register("clerkName")} error={errors.clerkName?.message} required />
            <TextInput label="轉介人員電話" {...register("clerkPhone")} error={errors.clerkPhone?.message} required />
            <Controller
              control={control}
              name="referredOn"
              render={({ field }) => <RocDateField label="轉介日期" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.referredOn?.message} maxDate={todayInTaipei()} required />}
            />
          </SimpleGrid>
        </Fieldset>
        {formError !== null && (
          <Alert color="red" variant="filled" role="alert" title="未能登錄">
            {formError}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            登錄附表4
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
