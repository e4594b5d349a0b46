import { findCity } from "../../../shared/domain/cities";
import { isValidIdentityNumber } from "../../../shared/domain/identity-number";
import { badUserInput } from "../../../shared/errors";
import { present } from "../../../shared/graphql/present";
import { SurveyAddressInput, SurveyCarerInput, SurveyPersonInput, TeenParentNeed, TeenParentReceivedService } from "../../../shared/graphql/teen-parent-survey";
import { houseNumber } from "../../../shared/validation/address-number";
import { optionalPhone, requiredPhone } from "../../../shared/validation/contact";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { SurveyAddress, SurveyCarer, SurveyPerson, TeenParentSurvey } from "./teen-parent-survey.entity";
import { RecordTeenParentSurveyInput } from "./teen-parent-survey.input";

/**
 * B7: 附表4's answers checked field by field (issue #12). Each error is a BAD_USER_INPUT at the
 * field's path (e.g. `babies.1.idNumber`, as the registration's `consentInquiry.mobilePhone`), and
 * names the field, never its value (personal data).
 */
export type SurveyAnswers = Pick<
  TeenParentSurvey,
  | "babies" | "father" | "mother" | "carer" | "householdAddress" | "residenceSameAsHousehold" | "residenceAddress"
  | "facebook" | "lineId" | "otherContact" | "needs" | "needOther" | "servicesReceived" | "serviceOther"
>;

/** A declined survey (B7: voluntary) holds nothing of the family. */
export const DECLINED_ANSWERS: SurveyAnswers = {
  babies: [], father: null, mother: null, carer: null, householdAddress: null, residenceSameAsHousehold: null, residenceAddress: null,
  facebook: null, lineId: null, otherContact: null, needs: [], needOther: null, servicesReceived: [], serviceOther: null,
};

const ANSWER_FIELDS: readonly (keyof RecordTeenParentSurveyInput)[] = [
  "babies", "father", "mother", "carer", "householdAddress", "residenceSameAsHousehold", "residenceAddress",
  "facebook", "lineId", "otherContact", "needs", "needOther", "servicesReceived", "serviceOther",
];

function idNumberOf(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 10);
  if (text === null) {
    return null;
  }
  const idNumber = text.toUpperCase();
  if (!isValidIdentityNumber(idNumber)) {
    throw badUserInput(`${field} is not a valid national ID or resident certificate number`, field);
  }
  return idNumber;
}

function personOf(input: SurveyPersonInput, path: string): SurveyPerson {
  notInFuture(input.birthDate, `${path}.birthDate`);
  return {
    name: requiredText(input.name, `${path}.name`, 60),
    idNumber: idNumberOf(input.idNumber, `${path}.idNumber`),
    birthDate: present(input.birthDate) ? input.birthDate : null,
    phone: optionalPhone(input.phone, `${path}.phone`),
  };
}

function babyOf(input: SurveyPersonInput, path: string, registeredOn: string): SurveyPerson {
  if (!present(input.birthDate)) {
    throw badUserInput(`${path}.birthDate is required`, `${path}.birthDate`);
  }
  const baby = personOf(input, path);
  // A baby of the birth registration was born by the registration date.
  if (input.birthDate > registeredOn) {
    throw badUserInput(`${path}.birthDate must not be after the registration date`, `${path}.birthDate`);
  }
  return baby;
}

function carerOf(input: SurveyCarerInput): SurveyCarer {
  return { ...personOf(input, "carer"), relationship: requiredText(input.relationship, "carer.relationship", 20) };
}

function addressOf(input: SurveyAddressInput, path: string): SurveyAddress {
  const city = findCity(input.city);
  if (city === undefined) {
    throw badUserInput(`${path}.city must be one of Taiwan's municipalities or counties, e.g. 臺北市`, `${path}.city`);
  }
  return {
    city,
    district: requiredText(input.district, `${path}.district`, 20),
    road: requiredText(input.road, `${path}.road`, 40),
    section: optionalText(input.section, `${path}.section`, 10),
    lane: optionalText(input.lane, `${path}.lane`, 10),
    alley: optionalText(input.alley, `${path}.alley`, 10),
    number: houseNumber(input.number, `${path}.number`),
  };
}

/** 二、需求了解: several may be ticked; H needs its text (and only H has one); I "none" stands alone. */
function needsOf(needs: readonly TeenParentNeed[] | null | undefined, needOther: string | null | undefined): Pick<SurveyAnswers, "needs" | "needOther"> {
  const ticked = [...new Set(needs ?? [])];
  if (ticked.length === 0) {
    throw badUserInput("needs: tick at least one (I if none applies)", "needs");
  }
  if (ticked.includes(TeenParentNeed.NONE) && ticked.length > 1) {
    throw badUserInput("needs: I (以上皆無) excludes the other needs", "needs");
  }
  const text = optionalText(needOther, "needOther", 200);
  if (ticked.includes(TeenParentNeed.OTHER) && text === null) {
    throw badUserInput("needOther is required when H (其他) is ticked", "needOther");
  }
  if (!ticked.includes(TeenParentNeed.OTHER) && text !== null) {
    throw badUserInput("needOther belongs to H (其他): tick it or leave the text out", "needOther");
  }
  const order = Object.values(TeenParentNeed);
  return { needs: ticked.sort((a, b) => order.indexOf(a) - order.indexOf(b)), needOther: text };
}

/** 三、already served by: none ticked = 無; 其他 needs the unit's name. */
function servicesOf(
  services: readonly TeenParentReceivedService[] | null | undefined,
  serviceOther: string | null | undefined,
): Pick<SurveyAnswers, "servicesReceived" | "serviceOther"> {
  const ticked = [...new Set(services ?? [])];
  const text = optionalText(serviceOther, "serviceOther", 200);
  if (ticked.includes(TeenParentReceivedService.OTHER) !== (text !== null)) {
    throw badUserInput("serviceOther names the other unit: give it exactly when OTHER is ticked", "serviceOther");
  }
  const order = Object.values(TeenParentReceivedService);
  return { servicesReceived: ticked.sort((a, b) => order.indexOf(a) - order.indexOf(b)), serviceOther: text };
}

/** The answers of a filled survey, or DECLINED_ANSWERS when the applicant declined (then none may be given). */
export function answersOf(input: RecordTeenParentSurveyInput, registeredOn: string): SurveyAnswers {
  if (input.declined) {
    const given = ANSWER_FIELDS.find((field) => {
      const value = input[field];
      return present(value) && !(Array.isArray(value) && value.length === 0);
    });
    if (given !== undefined) {
      throw badUserInput(`A declined survey holds no answers (B7: voluntary): leave ${given} out`, given);
    }
    return DECLINED_ANSWERS;
  }
  const babies = (input.babies ?? []).map((baby, index) => babyOf(baby, `babies.${index}`, registeredOn));
  if (babies.length === 0) {
    throw badUserInput("babies: at least one baby row", "babies");
  }
  const father = present(input.father) ? personOf(input.father, "father") : null;
  const mother = present(input.mother) ? personOf(input.mother, "mother") : null;
  if (father === null && mother === null) {
    throw badUserInput("father or mother: at least one parent", "mother");
  }
  if (!present(input.householdAddress)) {
    throw badUserInput("householdAddress (戶籍地) is required", "householdAddress");
  }
  const same = input.residenceSameAsHousehold === true;
  if (same === present(input.residenceAddress)) {
    throw badUserInput("residenceAddress: give the address, or tick 同上 (residenceSameAsHousehold), not both", "residenceAddress");
  }
  return {
    babies,
    father,
    mother,
    carer: present(input.carer) ? carerOf(input.carer) : null,
    householdAddress: addressOf(input.householdAddress, "householdAddress"),
    residenceSameAsHousehold: same,
    residenceAddress: present(input.residenceAddress) ? addressOf(input.residenceAddress, "residenceAddress") : null,
    facebook: optionalText(input.facebook, "facebook", 100),
    lineId: optionalText(input.lineId, "lineId", 100),
    otherContact: optionalText(input.otherContact, "otherContact", 200),
    ...needsOf(input.needs, input.needOther),
    ...servicesOf(input.servicesReceived, input.serviceOther),
  };
}

/** 轉介單位/人員/電話/日期: the office's part of the form. */
export function referralOf(input: RecordTeenParentSurveyInput, registeredOn: string): { clerkName: string; clerkPhone: string; referredOn: string } {
  notInFuture(input.referredOn, "referredOn");
  notBefore(input.referredOn, registeredOn, "referredOn", "the registration date");
  return { clerkName: requiredText(input.clerkName, "clerkName", 60), clerkPhone: requiredPhone(input.clerkPhone, "clerkPhone"), referredOn: input.referredOn };
}
