/**
 * 里 (villages) of Taipei's districts, keyed by the codes of districts.ts. 里 and 鄰 route a case to
 * a 里幹事 (A2), so an address names a 里 of its own district (issue #7).
 *
 * The lists are the villages the platform knows today: a sample of each district's 里, not the
 * city's complete register (the seeds carry none). Before production the city's 里鄰 list
 * (民政局) replaces them; a 里 missing here is refused until then.
 */
export const VILLAGES_BY_DISTRICT: Readonly<Record<string, readonly string[]>> = {
  // 松山區
  "63000010": ["莊敬里", "三民里", "富錦里", "新東里", "精忠里", "介壽里", "民有里", "民福里", "復建里", "復勢里"],
  // 信義區
  "63000020": ["興雅里", "西村里", "三犁里", "六藝里", "三張里", "黎忠里", "永吉里", "松光里"],
  // 大安區
  "63000030": ["古莊里", "光武里", "錦安里", "龍坡里", "大學里", "學府里", "義村里", "法治里", "臥龍里"],
  // 中山區
  "63000040": ["中山里", "大直里", "劍潭里", "圓山里", "晴光里", "松江里", "行孝里", "朱園里", "恆安里"],
  // 中正區
  "63000050": ["文北里", "幸福里", "東門里", "梅花里", "黎明里", "光復里", "水源里", "富水里", "南門里", "龍光里"],
  // 大同區
  "63000060": ["建泰里", "國順里", "蓬萊里", "延平里", "光能里", "朝陽里", "雙連里", "保安里"],
  // 萬華區
  "63000070": ["福星里", "新起里", "青山里", "富民里", "華江里", "雙園里", "綠堤里", "西門里", "新和里"],
  // 文山區
  "63000080": ["景美里", "萬隆里", "興豐里", "木柵里", "政大里", "指南里", "興隆里", "萬芳里", "試院里"],
  // 南港區
  "63000090": ["南港里", "三重里", "東新里", "玉成里", "成福里", "西新里", "九如里", "舊莊里", "中研里"],
  // 內湖區
  "63000100": ["湖興里", "內湖里", "港墘里", "西湖里", "碧山里", "大湖里", "東湖里", "康寧里", "金湖里", "葫洲里"],
  // 士林區
  "63000110": ["福林里", "芝山里", "天母里", "三玉里", "蘭雅里", "社子里", "陽明里", "百齡里", "葫蘆里", "平等里"],
  // 北投區
  "63000120": ["北投里", "中央里", "溫泉里", "湖山里", "石牌里", "振華里", "關渡里", "稻香里", "奇岩里"],
};

/** 鄰 numbers run from 1; no Taipei 里 reaches 100 (the per-里 count comes with the city's list). */
export const MAX_NEIGHBOURHOOD = 99;

/** The known 里 of a district; empty for a code that is not a Taipei district. */
export function villagesOf(districtCode: string): readonly string[] {
  return VILLAGES_BY_DISTRICT[districtCode] ?? [];
}

export function isVillageOf(districtCode: string, village: string): boolean {
  return villagesOf(districtCode).includes(village);
}

export function isNeighbourhoodNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_NEIGHBOURHOOD;
}
