import { Honorific, OriginCountry, Sex } from "../../shared/domain/enums";
import { SeededRandom } from "./random";

/**
 * Realistic names for demo persons, as a 戶政事務所 clerk would write them on 附件1: the respondent
 * (often the Taiwanese spouse or parent) and the new immigrant (新移民), whose name depends on the
 * origin box of the form (A2: 陸港澳, 越南, 印尼, 泰國, 菲律賓, 緬甸, 其他).
 */

/**
 * The 40 most common Taiwanese surnames with their approximate share (per cent) of the population,
 * after the Ministry of the Interior's 全國姓名統計分析.
 */
const TAIWANESE_SURNAMES: readonly (readonly [string, number])[] = [
  ["陳", 11.1], ["林", 8.3], ["黃", 6.0], ["張", 5.3], ["李", 5.1], ["王", 4.1], ["吳", 4.0],
  ["劉", 3.2], ["蔡", 2.9], ["楊", 2.6], ["許", 2.3], ["鄭", 1.9], ["謝", 1.8], ["洪", 1.5],
  ["郭", 1.5], ["邱", 1.5], ["曾", 1.4], ["廖", 1.3], ["賴", 1.3], ["徐", 1.2], ["周", 1.1],
  ["葉", 1.1], ["蘇", 1.1], ["莊", 0.95], ["呂", 0.9], ["江", 0.86], ["何", 0.84], ["蕭", 0.8],
  ["羅", 0.8], ["高", 0.76], ["潘", 0.6], ["簡", 0.6], ["朱", 0.6], ["鍾", 0.6], ["游", 0.55],
  ["彭", 0.55], ["詹", 0.5], ["胡", 0.5], ["施", 0.5], ["沈", 0.5],
];

/** Common two-character given names across the generations now of parenting age. */
const TAIWANESE_GIVEN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  [Sex.MALE]: [
    "志明", "俊傑", "建宏", "家豪", "冠宇", "承翰", "柏翰", "彥廷", "宗憲", "文雄", "信宏", "哲瑋",
    "育誠", "智凱", "宥廷", "品睿", "子軒", "浩宇", "政宏", "嘉豪", "昱廷", "宇軒", "志偉", "俊宏",
    "家銘", "冠廷", "柏宇", "建志", "明哲", "宗翰",
  ],
  [Sex.FEMALE]: [
    "淑芬", "美玲", "雅婷", "怡君", "佳穎", "慧君", "惠雯", "欣怡", "筱涵", "宜庭", "詩涵", "心瑜",
    "思妤", "家瑩", "珮瑜", "秀英", "麗華", "淑惠", "靜宜", "雨萱", "品妍", "怡萱", "佳蓉", "美惠",
    "雅雯", "婉婷", "郁婷", "宜蓁", "佩君", "淑娟",
  ],
};

/** Single-character given names (陳傑, 林婷): a minority. */
const TAIWANESE_SINGLE_GIVEN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  [Sex.MALE]: ["傑", "豪", "翔", "宏", "凱", "偉", "誠", "勳"],
  [Sex.FEMALE]: ["婷", "芬", "玲", "瑜", "萱", "蓉", "琪", "慧"],
};

/** Common surnames of mainland China (written in traditional characters, as registered in Taiwan). */
const MAINLAND_SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 7.1], ["李", 7.0], ["張", 6.7], ["劉", 5.4], ["陳", 4.5], ["楊", 3.1], ["趙", 2.3],
  ["黃", 2.2], ["周", 2.1], ["吳", 2.0], ["徐", 1.6], ["孫", 1.5], ["胡", 1.3], ["朱", 1.2],
  ["高", 1.2], ["林", 1.2], ["何", 1.1], ["郭", 1.1], ["馬", 1.0], ["羅", 0.9],
];

const MAINLAND_GIVEN_CHARACTERS: Readonly<Record<Sex, readonly string[]>> = {
  [Sex.MALE]: [
    "偉", "強", "軍", "磊", "洋", "勇", "濤", "斌", "鵬", "輝", "剛", "傑", "峰", "超", "明", "華",
    "平", "東", "波", "建",
  ],
  [Sex.FEMALE]: [
    "麗", "娟", "敏", "靜", "秀", "英", "華", "紅", "梅", "霞", "燕", "芳", "萍", "玉", "蘭", "鳳",
    "潔", "琳", "婷", "雪", "娜",
  ],
};

/** Vietnamese family names in their Sino-Vietnamese characters (Nguyễn 阮, Trần 陳, Lê 黎 …). */
const VIETNAMESE_SURNAMES: readonly (readonly [string, number])[] = [
  ["阮", 38], ["陳", 11], ["黎", 9.5], ["范", 7], ["黃", 5], ["潘", 4.5], ["武", 4], ["鄧", 2],
  ["裴", 2], ["杜", 1.5], ["胡", 1.5], ["吳", 1.3], ["楊", 1],
];

/**
 * Vietnamese women carry the middle name Thị (氏) and men usually Văn (文), so a registered name
 * reads 阮氏梅 or 陳文雄.
 */
const VIETNAMESE_GIVEN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  [Sex.MALE]: [
    "雄", "明", "勇", "俊", "德", "強", "山", "海", "龍", "成", "南", "平", "安", "福", "泰", "光",
  ],
  [Sex.FEMALE]: [
    "梅", "紅", "蘭", "香", "芳", "玄", "翠", "秋", "玉", "賢", "鸞", "娥", "英", "恆", "青", "春",
    "河", "草", "鳳", "雪", "玉蘭", "青香", "秋香", "玉英",
  ],
};

/** Phonetic transliterations of common given names, as used on resident certificates. */
const TRANSLITERATED_GIVEN_NAMES: Readonly<Record<
  OriginCountry.INDONESIA | OriginCountry.THAILAND | OriginCountry.PHILIPPINES | OriginCountry.MYANMAR,
  Readonly<Record<Sex, readonly string[]>>
>> = {
  [OriginCountry.INDONESIA]: {
    [Sex.MALE]: ["阿古斯", "布迪", "哈迪", "伊萬", "蘇萊曼", "里斯基", "安迪", "佐科"],
    [Sex.FEMALE]: ["蘇西蒂", "黛薇", "絲莉", "努莉", "普特莉", "莉娜", "安妮莎", "雅尼", "瑪雅", "莎莉"],
  },
  [OriginCountry.THAILAND]: {
    [Sex.MALE]: ["頌猜", "頌薩克", "差猜", "他納", "威猜", "阿南", "沙旺", "巴頌"],
    [Sex.FEMALE]: ["蓬蒂帕", "坎妮卡", "蘇妮莎", "阿蘭雅", "瓦蕾", "娜帕", "蘇帕妮", "西里蓬", "帕查拉"],
  },
  [OriginCountry.PHILIPPINES]: {
    [Sex.MALE]: ["荷西", "胡安", "馬克", "安東尼奧", "羅伯托", "卡洛斯", "米格爾"],
    [Sex.FEMALE]: ["瑪麗亞", "羅莎莉", "安娜", "克莉絲汀", "瑪莉塞兒", "喬伊", "蘿德絲", "艾瑪"],
  },
  [OriginCountry.MYANMAR]: {
    [Sex.MALE]: ["昂昂", "覺溫", "敏昂", "丹吞", "梭溫", "貌貌"],
    [Sex.FEMALE]: ["欽欽溫", "敏敏", "素素丹", "瑪瑪埃", "丹丹溫", "妙妙"],
  },
};

/** Filipino family names, added after a middle dot (‧) to some Filipino given names. */
const FILIPINO_SURNAMES: readonly string[] = ["桑托斯", "雷耶斯", "克魯茲", "加西亞", "門多薩", "托雷斯", "拉莫斯"];

/**
 * Many Indonesian spouses are Chinese-Indonesian (often Hakka from West Kalimantan) and many
 * Burmese spouses are ethnic Chinese from Yunnan: they carry Chinese names.
 */
const INDONESIAN_CHINESE_NAME_SHARE = 0.4;
const BURMESE_CHINESE_NAME_SHARE = 0.6;

const HAKKA_INDONESIAN_SURNAMES: readonly (readonly [string, number])[] = [
  ["黃", 5], ["張", 4], ["劉", 4], ["葉", 3], ["鍾", 3], ["溫", 2], ["李", 3], ["羅", 2], ["曾", 2],
];

const YUNNANESE_BURMESE_SURNAMES: readonly (readonly [string, number])[] = [
  ["李", 5], ["楊", 5], ["張", 4], ["趙", 3], ["段", 2], ["尹", 2], ["王", 3], ["董", 2],
];

/** 其他: Japanese spouses keep their kanji name; others a transliteration. */
const JAPANESE_SURNAMES: readonly string[] = ["佐藤", "鈴木", "高橋", "田中", "渡邊", "伊藤", "山本", "中村"];
const JAPANESE_GIVEN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  [Sex.MALE]: ["健太", "大輔", "拓也", "翔太", "浩二", "直樹"],
  [Sex.FEMALE]: ["由美", "惠子", "美穗", "明美", "裕子", "彩香"],
};
const WESTERN_GIVEN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  [Sex.MALE]: ["大衛", "麥可", "約翰", "丹尼爾", "湯瑪斯"],
  [Sex.FEMALE]: ["艾蜜莉", "莎拉", "蘇菲亞", "安娜", "茱莉亞"],
};

function givenName(rng: SeededRandom, characters: readonly string[], length: number): string {
  const first = rng.pick(characters);
  if (length === 1) {
    return first;
  }
  // Doubled characters (婷婷) exist but are rare; avoid them so names look ordinary.
  let second = rng.pick(characters);
  while (second === first) {
    second = rng.pick(characters);
  }
  return `${first}${second}`;
}

/** 王小明: a surname and usually two given characters, sometimes one. */
export function taiwaneseName(rng: SeededRandom, sex: Sex): string {
  const surname = rng.weighted(TAIWANESE_SURNAMES);
  const given = rng.chance(0.9) ? rng.pick(TAIWANESE_GIVEN_NAMES[sex]) : rng.pick(TAIWANESE_SINGLE_GIVEN_NAMES[sex]);
  return `${surname}${given}`;
}

function chineseName(
  rng: SeededRandom,
  surnames: readonly (readonly [string, number])[],
  sex: Sex,
  twoCharacterShare: number,
): string {
  const surname = rng.weighted(surnames);
  const length = rng.chance(twoCharacterShare) ? 2 : 1;
  return `${surname}${givenName(rng, MAINLAND_GIVEN_CHARACTERS[sex], length)}`;
}

function vietnameseName(rng: SeededRandom, sex: Sex): string {
  const surname = rng.weighted(VIETNAMESE_SURNAMES);
  const given = rng.pick(VIETNAMESE_GIVEN_NAMES[sex]);
  if (sex === Sex.FEMALE) {
    return `${surname}氏${given}`;
  }
  return rng.chance(0.8) ? `${surname}文${given}` : `${surname}${given}`;
}

function otherOriginName(rng: SeededRandom, sex: Sex): string {
  if (rng.chance(0.5)) {
    return `${rng.pick(JAPANESE_SURNAMES)}${rng.pick(JAPANESE_GIVEN_NAMES[sex])}`;
  }
  return rng.pick(WESTERN_GIVEN_NAMES[sex]);
}

/**
 * A new immigrant's name as registered: mainland/HK/Macau spouses have Chinese names (written in
 * traditional characters), Vietnamese spouses their Sino-Vietnamese name (阮氏梅), Indonesian, Thai,
 * Filipino and Burmese spouses a transliteration (蘇西蒂, 瑪麗亞) unless they are ethnic Chinese.
 */
export function newImmigrantName(rng: SeededRandom, origin: OriginCountry, sex: Sex): string {
  switch (origin) {
    case OriginCountry.MAINLAND_HK_MACAU:
      return chineseName(rng, MAINLAND_SURNAMES, sex, 0.6);
    case OriginCountry.VIETNAM:
      return vietnameseName(rng, sex);
    case OriginCountry.INDONESIA:
      if (rng.chance(INDONESIAN_CHINESE_NAME_SHARE)) {
        return chineseName(rng, HAKKA_INDONESIAN_SURNAMES, sex, 0.8);
      }
      return rng.pick(TRANSLITERATED_GIVEN_NAMES[OriginCountry.INDONESIA][sex]);
    case OriginCountry.MYANMAR:
      if (rng.chance(BURMESE_CHINESE_NAME_SHARE)) {
        return chineseName(rng, YUNNANESE_BURMESE_SURNAMES, sex, 0.8);
      }
      return rng.pick(TRANSLITERATED_GIVEN_NAMES[OriginCountry.MYANMAR][sex]);
    case OriginCountry.THAILAND:
      return rng.pick(TRANSLITERATED_GIVEN_NAMES[OriginCountry.THAILAND][sex]);
    case OriginCountry.PHILIPPINES: {
      const given = rng.pick(TRANSLITERATED_GIVEN_NAMES[OriginCountry.PHILIPPINES][sex]);
      return rng.chance(0.3) ? `${given}‧${rng.pick(FILIPINO_SURNAMES)}` : given;
    }
    case OriginCountry.OTHER:
      return otherOriginName(rng, sex);
    default:
      return assertNever(origin);
  }
}

/** 先生 / 小姐 after the respondent's name on 附件1 (A2). */
export function honorificFor(sex: Sex): Honorific {
  return sex === Sex.MALE ? Honorific.MR : Honorific.MS;
}

function assertNever(value: never): never {
  throw new RangeError(`unknown origin ${String(value)}`);
}
