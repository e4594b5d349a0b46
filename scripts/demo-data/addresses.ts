import { districtByCode } from "../../shared/domain/districts";
import { villagesOf as knownVillagesOf } from "../../shared/domain/villages";
import { SeededRandom } from "./random";

/**
 * Taipei addresses in the parts of 附件1's visit address (A2: 區 里 鄰 路(街) 段 巷 弄 號 樓). 里 and 鄰
 * route a case to a 里幹事, so each demo address uses a real village of its district and a road
 * that runs through it; section numbers are the ones that road has inside that district.
 */

/** 路(街) and the 段 numbers it has in one district (empty: the road has no sections). */
interface Road {
  readonly name: string;
  readonly sections: readonly number[];
}

interface DistrictPlaces {
  /** 路(街) */
  readonly roads: readonly Road[];
}

function road(name: string, ...sections: number[]): Road {
  return { name, sections };
}

/** Keyed by the district codes of shared/domain/districts.ts. */
const PLACES: Readonly<Record<string, DistrictPlaces>> = {
  // 松山區
  "63000010": {
    roads: [
      road("南京東路", 4, 5), road("民生東路", 4, 5), road("八德路", 4), road("敦化北路"),
      road("光復北路"), road("饒河街"), road("健康路"), road("塔悠路"),
    ],
  },
  // 信義區
  "63000020": {
    roads: [
      road("信義路", 5, 6), road("忠孝東路", 5), road("基隆路", 1, 2), road("松仁路"),
      road("松山路"), road("吳興街"), road("虎林街"), road("莊敬路"),
    ],
  },
  // 大安區
  "63000030": {
    roads: [
      road("復興南路", 1, 2), road("和平東路", 1, 2, 3), road("敦化南路", 1, 2), road("新生南路", 1, 2, 3),
      road("信義路", 3, 4), road("師大路"), road("溫州街"), road("臥龍街"),
    ],
  },
  // 中山區
  "63000040": {
    roads: [
      road("中山北路", 1, 2, 3), road("南京東路", 1, 2, 3), road("民權東路", 1, 2, 3), road("建國北路", 1, 2),
      road("松江路"), road("林森北路"), road("農安街"), road("北安路"),
    ],
  },
  // 中正區
  "63000050": {
    roads: [
      road("重慶南路", 1, 2, 3), road("羅斯福路", 1, 2, 3), road("杭州南路", 1, 2), road("忠孝西路", 1),
      road("中華路", 1, 2), road("汀州路", 1, 2, 3), road("延平南路"), road("金門街"),
    ],
  },
  // 大同區
  "63000060": {
    roads: [
      road("延平北路", 1, 2, 3), road("重慶北路", 1, 2, 3), road("承德路", 1, 2, 3), road("迪化街", 1),
      road("民生西路"), road("南京西路"), road("民族西路"), road("昌吉街"),
    ],
  },
  // 萬華區
  "63000070": {
    roads: [
      road("西園路", 1, 2), road("環河南路", 1, 2), road("康定路"), road("萬大路"),
      road("昆明街"), road("廣州街"), road("艋舺大道"), road("桂林路"),
    ],
  },
  // 文山區
  "63000080": {
    roads: [
      road("木柵路", 1, 2, 3, 4), road("興隆路", 1, 2, 3, 4), road("羅斯福路", 5, 6), road("秀明路", 1, 2),
      road("指南路", 1, 2, 3), road("景興路"), road("景福街"), road("萬芳路"),
    ],
  },
  // 南港區
  "63000090": {
    roads: [
      road("南港路", 1, 2, 3), road("忠孝東路", 6, 7), road("研究院路", 1, 2), road("經貿二路"),
      road("三重路"), road("興中路"), road("昆陽街"), road("向陽路"),
    ],
  },
  // 內湖區
  "63000100": {
    roads: [
      road("內湖路", 1, 2, 3), road("成功路", 2, 3, 4, 5), road("民權東路", 6), road("康寧路", 1, 3),
      road("瑞光路"), road("文德路"), road("東湖路"), road("星雲街"),
    ],
  },
  // 士林區
  "63000110": {
    roads: [
      road("中山北路", 4, 5, 6, 7), road("承德路", 4, 5), road("延平北路", 5, 6, 7), road("至誠路", 1, 2),
      road("士東路"), road("天母東路"), road("天母西路"), road("文林路"),
    ],
  },
  // 北投區
  "63000120": {
    roads: [
      road("中央北路", 1, 2, 3, 4), road("石牌路", 1, 2), road("大度路", 1, 2, 3), road("光明路"),
      road("知行路"), road("中和街"), road("公館路"), road("大業路"),
    ],
  },
};

function placesOf(districtCode: string): DistrictPlaces {
  const places = PLACES[districtCode];
  if (places === undefined || districtByCode(districtCode) === undefined) {
    throw new RangeError(`"${districtCode}" is not a Taipei district code`);
  }
  return places;
}

/** Real 里 of the district (a sample, not the complete list). */
export function villagesOf(districtCode: string): readonly string[] {
  placesOf(districtCode);
  return knownVillagesOf(districtCode);
}

/** Real 路(街) of the district (a sample, not the complete list). */
export function roadsOf(districtCode: string): readonly string[] {
  return placesOf(districtCode).roads.map((entry) => entry.name);
}

/** A Taipei address in 附件1's parts; null marks a part the address does not have. */
export interface TaipeiAddress {
  /** 區, as a code of shared/domain/districts.ts */
  readonly districtCode: string;
  /** 里 */
  readonly village: string;
  /** 鄰 */
  readonly neighbourhood: number;
  /** 路(街) */
  readonly road: string;
  /** 段 */
  readonly section: number | null;
  /** 巷 */
  readonly lane: number | null;
  /** 弄 (only inside a 巷) */
  readonly alley: number | null;
  /** 號, e.g. "12" or "12之1" */
  readonly number: string;
  /** 樓 */
  readonly floor: number | null;
}

/** Most homes are in 4-5 storey walk-ups; a few in towers. */
const FLOOR_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 10], [2, 14], [3, 14], [4, 14], [5, 12], [6, 6], [7, 5], [8, 4], [9, 3], [10, 3], [11, 2], [12, 2],
  [13, 1], [14, 1], [15, 1],
];

/** A plausible address in the district: an alley only inside a lane, floors as in walk-up blocks. */
export function randomAddress(rng: SeededRandom, districtCode: string): TaipeiAddress {
  const places = placesOf(districtCode);
  const chosenRoad = rng.pick(places.roads);
  const lane = rng.chance(0.6) ? rng.int(1, 300) : null;
  const alley = lane !== null && rng.chance(0.35) ? rng.int(1, 40) : null;
  const houseNumber = rng.int(1, lane === null ? 400 : 60);
  return {
    districtCode,
    village: rng.pick(villagesOf(districtCode)),
    neighbourhood: rng.int(1, 30),
    road: chosenRoad.name,
    section: chosenRoad.sections.length === 0 ? null : rng.pick(chosenRoad.sections),
    lane,
    alley,
    number: rng.chance(0.1) ? `${houseNumber}之${rng.int(1, 3)}` : String(houseNumber),
    floor: rng.chance(0.85) ? rng.weighted(FLOOR_WEIGHTS) : null,
  };
}

const CHINESE_NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;

/** 段 is written in Chinese numerals on Taipei road signs and forms (重慶南路一段). */
function sectionNumeral(section: number): string {
  const numeral = CHINESE_NUMERALS[section];
  if (!Number.isInteger(section) || section < 1 || numeral === undefined) {
    throw new RangeError(`section ${section} is not in 1-10`);
  }
  return numeral;
}

/** The one-line form: 臺北市中正區文北里5鄰重慶南路一段10巷3弄12號4樓 (missing parts omitted). */
export function formatAddress(address: TaipeiAddress): string {
  const district = districtByCode(address.districtCode);
  if (district === undefined) {
    throw new RangeError(`"${address.districtCode}" is not a Taipei district code`);
  }
  const parts = [`臺北市${district.name}${address.village}${address.neighbourhood}鄰${address.road}`];
  if (address.section !== null) {
    parts.push(`${sectionNumeral(address.section)}段`);
  }
  if (address.lane !== null) {
    parts.push(`${address.lane}巷`);
  }
  if (address.alley !== null) {
    parts.push(`${address.alley}弄`);
  }
  parts.push(`${address.number}號`);
  if (address.floor !== null) {
    parts.push(`${address.floor}樓`);
  }
  return parts.join("");
}

/** A Taipei landline (area code 02, eight-digit local numbers starting with 2): 02-2xxx-xxxx. */
export function randomTaipeiPhone(rng: SeededRandom): string {
  return `02-2${digits(rng, 3)}-${digits(rng, 4)}`;
}

/** A Taiwanese mobile number (09xx-xxx-xxx), prefixes 0910-0989 as issued. */
export function randomMobile(rng: SeededRandom): string {
  return `09${rng.int(10, 89)}-${digits(rng, 3)}-${digits(rng, 3)}`;
}

function digits(rng: SeededRandom, count: number): string {
  let text = "";
  for (let index = 0; index < count; index += 1) {
    text += String(rng.int(0, 9));
  }
  return text;
}
