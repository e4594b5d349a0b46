import { emptyRegistration, registrationSchema, RegistrationValues, toRegistrationInput } from "../../web/src/screens/household/registration-form";

/**
 * 附件1's rules as the console checks them while the clerk types (issue #11), before the server
 * checks them again: the 3–7-day window (A2), the relation (A1), the visit address in parts.
 */
function form(change: (values: RegistrationValues) => void): RegistrationValues {
  const values = emptyRegistration("2027-06-15", { name: "戶政承辦", phone: "02-2341-0000" });
  values.newImmigrantId = "immigrant";
  values.registrantId = "immigrant";
  values.consentInquiry.respondentName = "劉美玲";
  change(values);
  return values;
}

function issuesOf(values: RegistrationValues): { path: string; message: string }[] {
  const parsed = registrationSchema.safeParse(values);
  return (parsed.error?.issues ?? []).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("附件1's rules in the console (registration-form)", () => {
  it("should accept a filled form whose visit address is the household's", () => {
    expect(issuesOf(form(() => undefined))).toEqual([]);
  });

  it.each([
    ["2027-06-17", 2, false],
    ["2027-06-18", 3, true],
    ["2027-06-22", 7, true],
    ["2027-06-23", 8, false],
  ])("should take %s (%i days after the application) as a preferred date: %s (A2)", (date, _days, accepted) => {
    const issues = issuesOf(
      form((values) => {
        values.consentInquiry.preferredFrom = date;
      }),
    );
    expect(issues).toEqual(accepted ? [] : [{ path: "consentInquiry.preferredFrom", message: "希望訪視日期須在申請日期後 3 至 7 日內（A2）" }]);
  });

  it("should refuse a start after the end", () => {
    const issues = issuesOf(
      form((values) => {
        values.consentInquiry.preferredFrom = "2027-06-21";
        values.consentInquiry.preferredTo = "2027-06-19";
      }),
    );
    expect(issues).toEqual([{ path: "consentInquiry.preferredFrom", message: "起日不可晚於迄日" }]);
  });

  it("should ask for the relation when someone else registered (A1)", () => {
    const issues = issuesOf(
      form((values) => {
        values.registrantId = "spouse";
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(["newImmigrantRelation"]);
  });

  it("should check another visit address part by part, 樓之 only with a 樓", () => {
    const issues = issuesOf(
      form((values) => {
        values.consentInquiry.visitAddressIsHousehold = false;
        values.consentInquiry.visitAddress = { ...values.consentInquiry.visitAddress, districtCode: "63000050", village: "文北里", road: "重慶南路", number: "12a", floorUnit: "1" };
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(["consentInquiry.visitAddress.number", "consentInquiry.visitAddress.floorUnit"]);
  });

  it("should send 號之 and 樓之 as the API writes them and leave empty boxes out", () => {
    const input = toRegistrationInput(
      form((values) => {
        values.consentInquiry.visitAddressIsHousehold = false;
        values.consentInquiry.visitAddress = { ...values.consentInquiry.visitAddress, districtCode: "63000050", village: "文北里", road: "重慶南路", section: "1", number: "12", numberSub: "3", floor: "5", floorUnit: "1" };
      }),
    );
    expect(input.consentInquiry?.visitAddress).toEqual({
      districtCode: "63000050",
      village: "文北里",
      neighbourhood: null,
      road: "重慶南路",
      section: 1,
      lane: null,
      alley: null,
      number: "12之3",
      floor: 5,
      floorUnit: 1,
    });
    expect(input.consentInquiry?.homePhone).toBeNull();
    expect(input.consentInquiry?.timeSlot).toBeNull();
  });
});
