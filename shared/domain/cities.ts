/**
 * Taiwan's 22 municipalities and counties (直轄市、縣市), written with 臺 as the household
 * registers write it. A phone visit's family may live in any of them (R4, issue #9).
 */
export const TAIPEI_CITY = "臺北市";

export const TAIWAN_CITIES: readonly string[] = [
  TAIPEI_CITY, "新北市", "桃園市", "臺中市", "臺南市", "高雄市",
  "基隆市", "新竹市", "嘉義市",
  "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣", "澎湖縣",
  "金門縣", "連江縣",
];

/** The city's name as listed, reading the everyday 台 as 臺; undefined when it is not one of them. */
export function findCity(name: string): string | undefined {
  const normal = name.trim().replace(/台/g, "臺");
  return TAIWAN_CITIES.find((city) => city === normal);
}
