import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { TAIPEI_DISTRICTS } from "../../../../shared/domain/districts";
import { rocDateTime } from "../../format/roc-date";
import { RocDateField } from "../../forms/roc-date-field";
import { graphql } from "../../gql";
import { CASE_TYPE_LABELS, labelOf } from "../../labels";
import { DECISION_LABELS, HANDBOOK_LABELS, HONORIFIC_LABELS, optionsOf, ORIGIN_COUNTRY_LABELS, RELATION_LABELS, TIME_SLOT_LABELS } from "../../labels/household";
import { AddressFields } from "./address-fields";
import { addressLine } from "./address-line";
import { emptyRegistration, RegistrationValues, registrationSchema, toRegistrationInput } from "./registration-form";
import { showServerErrors } from "./server-errors";
import { todayInTaipei } from "./today";

/** The office's persons to name on the form: the new immigrant (A1) and the registrant, from the office's own records (row scope). */
const CLERK_PERSONS = graphql(`
  query ConsoleClerkPersons($first: Int) {
    persons(first: $first) {
      edges {
        node {
          id
          name
          idNumber
          isNewImmigrant
          originCountry
          originCountryOther
          household {
            id
            householdNumber
            address {
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
          }
        }
      }
    }
  }
`);

const RECORD_REGISTRATION = graphql(`
  mutation ConsoleRecordRegistration($input: RecordRegistrationInput!) {
    recordRegistration(input: $input) {
      id
      caseType
      consentInquiry {
        id
        decision
        deadlines {
          step
          dueAt
        }
      }
    }
  }
`);

const CASE_TYPES = optionsOf(CASE_TYPE_LABELS);

/** 附件1 (A1–A3): the registration and its consent inquiry, every box of the form, declined answers too. */
export function RecordRegistration() {
  const persons = useQuery(CLERK_PERSONS, { variables: { first: 200 } });
  const [record, { loading: saving }] = useMutation(RECORD_REGISTRATION);
  const [formError, setFormError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<RegistrationValues>({
    resolver: zodResolver(registrationSchema),
    mode: "onChange",
    defaultValues: emptyRegistration(todayInTaipei(), { name: "", phone: "" }),
  });
  const { control, register, formState } = form;
  const errors = formState.errors;
  const inquiryErrors = errors.consentInquiry;
  const [newImmigrantId, visitAddressIsHousehold, decision] = useWatch({
    control,
    name: ["newImmigrantId", "consentInquiry.visitAddressIsHousehold", "consentInquiry.decision"],
  });

  const everyone = (persons.data?.persons?.edges ?? []).flatMap((edge) => (edge.node === null || edge.node === undefined ? [] : [edge.node]));
  const personLabel = (person: (typeof everyone)[number]) => `${person.name ?? "—"}（${person.idNumber ?? "—"}）`;
  const newImmigrants = everyone.filter((person) => person.isNewImmigrant === true).map((person) => ({ value: person.id, label: personLabel(person) }));
  const registrants = everyone.map((person) => ({ value: person.id, label: personLabel(person) }));
  const chosen = everyone.find((person) => person.id === newImmigrantId);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setRecorded(null);
    try {
      const result = await record({ variables: { input: toRegistrationInput(values) } });
      const inquiry = result.data?.recordRegistration?.consentInquiry;
      const handover = inquiry?.deadlines?.find((deadline) => deadline.step === "HANDOVER");
      setRecorded(
        `已登錄${labelOf(CASE_TYPE_LABELS, result.data?.recordRegistration?.caseType)}登記及附件1（${labelOf(DECISION_LABELS, inquiry?.decision)}）` +
          (handover?.dueAt === undefined || handover.dueAt === null ? "；不同意訪視者不交接（A3）。" : `；請於 ${rocDateTime(handover.dueAt)} 前交接區公所（A4）。`),
      );
      form.reset(emptyRegistration(todayInTaipei(), { name: values.consentInquiry.clerkName, phone: values.consentInquiry.clerkPhone }));
    } catch (error) {
      setFormError(showServerErrors(error, form));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="附件1 徵詢意願書">
      <Stack>
      <Title order={2} size="h4">
        受理登記及徵詢意願（附件1）
      </Title>
      {recorded !== null && (
        <Alert variant="default" role="status" title="登錄完成">
          {recorded}
        </Alert>
      )}
      {persons.error !== undefined && (
        <Alert color="red" variant="filled" role="alert" title="無法讀取戶籍人口">
          {persons.error.message}
        </Alert>
      )}

      <Fieldset legend="登記資料">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="caseType"
            render={({ field }) => (
              <Select label="登記項目" data={CASE_TYPES} value={field.value} onChange={(value) => field.onChange(value ?? "")} error={errors.caseType?.message} allowDeselect={false} required />
            )}
          />
          <Controller
            control={control}
            name="registeredOn"
            render={({ field }) => <RocDateField label="登記日期" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.registeredOn?.message} required />}
          />
          <Controller
            control={control}
            name="newImmigrantId"
            render={({ field }) => (
              <Select
                label="新移民"
                description="本所受理之新移民（死亡登記為生存配偶）"
                data={newImmigrants}
                value={field.value === "" ? null : field.value}
                onChange={(value) => {
                  field.onChange(value ?? "");
                  // A13: most often she registers herself; the clerk changes it when someone else did.
                  if (form.getValues("registrantId") === "") {
                    form.setValue("registrantId", value ?? "", { shouldValidate: true });
                  }
                }}
                error={errors.newImmigrantId?.message}
                searchable
                required
              />
            )}
          />
          <Controller
            control={control}
            name="registrantId"
            render={({ field }) => (
              <Select
                label="申請人"
                data={registrants}
                value={field.value === "" ? null : field.value}
                onChange={(value) => field.onChange(value ?? "")}
                error={errors.registrantId?.message}
                searchable
                required
              />
            )}
          />
          <Controller
            control={control}
            name="newImmigrantRelation"
            render={({ field }) => (
              <Select
                label="新移民與申請人的關係"
                description="申請人即新移民本人時可不填"
                data={optionsOf(RELATION_LABELS)}
                value={field.value === "" ? null : field.value}
                onChange={(value) => field.onChange(value ?? "")}
                error={errors.newImmigrantRelation?.message}
                clearable
              />
            )}
          />
          <Controller
            control={control}
            name="welcomeHandbook"
            render={({ field }) => (
              <Radio.Group label="致贈幸福手冊" value={field.value} onChange={field.onChange}>
                <Group mt="xs">
                  {optionsOf(HANDBOOK_LABELS).map((option) => (
                    <Radio key={option.value} value={option.value} label={option.label} />
                  ))}
                  <Radio value="" label="未致贈" />
                </Group>
              </Radio.Group>
            )}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="受訪者">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="受訪者姓名" {...register("consentInquiry.respondentName")} error={inquiryErrors?.respondentName?.message} required />
          <Controller
            control={control}
            name="consentInquiry.respondentHonorific"
            render={({ field }) => (
              <Radio.Group label="稱謂" value={field.value} onChange={field.onChange} error={inquiryErrors?.respondentHonorific?.message} required>
                <Group mt="xs">
                  {optionsOf(HONORIFIC_LABELS).map((option) => (
                    <Radio key={option.value} value={option.value} label={option.label} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput label="電話（住家）" {...register("consentInquiry.homePhone")} error={inquiryErrors?.homePhone?.message} placeholder="02-2341-0000" />
          <TextInput label="手機" {...register("consentInquiry.mobilePhone")} error={inquiryErrors?.mobilePhone?.message} placeholder="0912-345-678" />
          <TextInput label="電話（公司）" {...register("consentInquiry.workPhone")} error={inquiryErrors?.workPhone?.message} />
          <TextInput label="傳真" {...register("consentInquiry.fax")} error={inquiryErrors?.fax?.message} />
          <TextInput label="E-mail" type="email" {...register("consentInquiry.email")} error={inquiryErrors?.email?.message} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="訪視意願">
        <Stack>
          <Controller
            control={control}
            name="consentInquiry.decision"
            render={({ field }) => (
              <Radio.Group label="意願（單選）" value={field.value} onChange={field.onChange} error={inquiryErrors?.decision?.message} required>
                <Group mt="xs">
                  {optionsOf(DECISION_LABELS).map((option) => (
                    <Radio key={option.value} value={option.value} label={option.label} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          {decision === "PHONE_VISIT" && (
            <TextInput
              label="居住地（外縣市）"
              description="居住臺北市以外者填縣市名，例如 新北市（R4）"
              {...register("consentInquiry.residenceCity")}
              error={inquiryErrors?.residenceCity?.message}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={control}
              name="consentInquiry.preferredFrom"
              render={({ field }) => (
                <RocDateField label="希望訪視日期（起）" description="申請日期後 3 至 7 日內" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={inquiryErrors?.preferredFrom?.message} />
              )}
            />
            <Controller
              control={control}
              name="consentInquiry.preferredTo"
              render={({ field }) => (
                <RocDateField label="希望訪視日期（迄）" description="申請日期後 3 至 7 日內" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={inquiryErrors?.preferredTo?.message} />
              )}
            />
            <Controller
              control={control}
              name="consentInquiry.timeSlot"
              render={({ field }) => (
                <Radio.Group label="希望訪視時段" value={field.value} onChange={field.onChange} error={inquiryErrors?.timeSlot?.message}>
                  <Stack mt="xs" gap={4}>
                    {optionsOf(TIME_SLOT_LABELS).map((option) => (
                      <Radio key={option.value} value={option.value} label={option.label} />
                    ))}
                    <Radio value="" label="未指定" />
                  </Stack>
                </Radio.Group>
              )}
            />
          </SimpleGrid>
          <Checkbox label="拜訪地址同戶籍地址" {...register("consentInquiry.visitAddressIsHousehold")} />
          {!visitAddressIsHousehold && <AddressFields form={form} at="consentInquiry.visitAddress" legend="拜訪地址（限臺北市）" />}
        </Stack>
      </Fieldset>

      <Fieldset legend="戶政事務所填寫">
        <Stack>
          <Text size="sm" aria-label="1. 戶籍地址">
            1. 戶籍地址：{chosen?.household?.address === null || chosen?.household?.address === undefined ? "（選擇新移民後顯示）" : addressLine(chosen.household.address, TAIPEI_DISTRICTS)}
          </Text>
          <Text size="sm" aria-label="2. 原屬國別">
            2. 原屬國別（或地區）：
            {chosen === undefined ? "（選擇新移民後顯示）" : `${labelOf(ORIGIN_COUNTRY_LABELS, chosen.originCountry)}${chosen.originCountryOther === null || chosen.originCountryOther === undefined ? "" : `（${chosen.originCountryOther}）`}`}
          </Text>
          <Checkbox label="新移民本人同意區公所里幹事訪視" {...register("consentInquiry.immigrantConsents")} />
          <Checkbox label="新移民本人願意收到相關資料" {...register("consentInquiry.immigrantAcceptsMaterials")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="新移民聯絡地址" description="一行，可為外縣市" {...register("consentInquiry.contactAddress")} error={inquiryErrors?.contactAddress?.message} />
            <TextInput label="新移民電話" {...register("consentInquiry.newImmigrantPhone")} error={inquiryErrors?.newImmigrantPhone?.message} />
            <Controller
              control={control}
              name="consentInquiry.appliedOn"
              render={({ field }) => <RocDateField label="3. 申請日期" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={inquiryErrors?.appliedOn?.message} required />}
            />
          </SimpleGrid>
          <Textarea label="4. 其他" {...register("consentInquiry.officeRemarks")} error={inquiryErrors?.officeRemarks?.message} autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="承辦人" {...register("consentInquiry.clerkName")} error={inquiryErrors?.clerkName?.message} required />
            <TextInput label="承辦人電話" {...register("consentInquiry.clerkPhone")} error={inquiryErrors?.clerkPhone?.message} required />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      {formError !== null && (
        <Alert color="red" variant="filled" role="alert" title="未登錄">
          {formError}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={saving}>
          登錄附件1
        </Button>
      </Group>
      </Stack>
    </form>
  );
}
