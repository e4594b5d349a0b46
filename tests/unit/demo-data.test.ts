import {
  formatAddress,
  randomAddress,
  randomMobile,
  randomTaipeiPhone,
  roadsOf,
  TaipeiAddress,
  villagesOf,
} from "../../scripts/demo-data/addresses";
import { ageOn, fromRocDate, toRocDate } from "../../scripts/demo-data/dates";
import { generateNationalId, generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { honorificFor, newImmigrantName, taiwaneseName } from "../../scripts/demo-data/names";
import { SeededRandom } from "../../scripts/demo-data/random";
import { DISTRICT_CODES } from "../../shared/domain/districts";
import { Honorific, OriginCountry, Sex } from "../../shared/domain/enums";
import {
  isValidIdentityNumber,
  isValidNationalId,
  isValidResidentCertificateNumber,
  nationalIdCheckDigit,
} from "../../shared/domain/identity-number";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function sequence(rng: SeededRandom, length: number): number[] {
  return Array.from({ length }, () => rng.next());
}

describe("SeededRandom", () => {
  it("should repeat the same sequence for the same seed", () => {
    expect(sequence(new SeededRandom(42), 50)).toEqual(sequence(new SeededRandom(42), 50));
    expect(sequence(new SeededRandom("demo"), 50)).toEqual(sequence(new SeededRandom("demo"), 50));
  });

  it("should give different sequences for different seeds", () => {
    expect(sequence(new SeededRandom(1), 10)).not.toEqual(sequence(new SeededRandom(2), 10));
    expect(sequence(new SeededRandom("a"), 10)).not.toEqual(sequence(new SeededRandom("b"), 10));
  });

  it("should keep next() in [0, 1) and int() inside its inclusive bounds", () => {
    const rng = new SeededRandom(7);
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index += 1) {
      const value = rng.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const integer = rng.int(3, 6);
      expect(integer).toBeGreaterThanOrEqual(3);
      expect(integer).toBeLessThanOrEqual(6);
      seen.add(integer);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([3, 4, 5, 6]);
  });

  it("should never pick a zero-weight entry and should favour heavy ones", () => {
    const rng = new SeededRandom(11);
    const counts = { heavy: 0, light: 0, never: 0 };
    for (let index = 0; index < 2000; index += 1) {
      const key = rng.weighted<keyof typeof counts>([["heavy", 9], ["light", 1], ["never", 0]]);
      counts[key] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.heavy).toBeGreaterThan(counts.light * 4);
  });

  it("should make deterministic v4 UUIDs", () => {
    const rng = new SeededRandom(5);
    const uuids = Array.from({ length: 200 }, () => rng.uuid());
    for (const uuid of uuids) {
      expect(uuid).toMatch(UUID_V4);
    }
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(new SeededRandom(5).uuid()).toBe(uuids[0]);
  });

  it("should pick dates inside the inclusive range as YYYY-MM-DD", () => {
    const rng = new SeededRandom(3);
    for (let index = 0; index < 500; index += 1) {
      const date = rng.dateBetween(new Date("2016-06-13T00:00:00Z"), new Date("2016-06-20T00:00:00Z"));
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(date >= "2016-06-13" && date <= "2016-06-20").toBe(true);
    }
  });
});

describe("identity numbers", () => {
  it("should accept known valid national IDs", () => {
    expect(isValidNationalId("A123456789")).toBe(true);
    // Hand-computed: A=10 → 1·1 + 0·9 = 1; 2·8 = 16; 17 + 3 = 20.
    expect(isValidNationalId("A200000003")).toBe(true);
    // I=34 (out of order) → 3·1 + 4·9 = 39; 1·8 = 8; 47 + 3 = 50.
    expect(isValidNationalId("I100000003")).toBe(true);
    expect(nationalIdCheckDigit("A12345678")).toBe(9);
  });

  it("should reject a national ID with a changed digit, a bad sex digit or a bad shape", () => {
    expect(isValidNationalId("A123456788")).toBe(false);
    expect(isValidNationalId("A123456689")).toBe(false);
    expect(isValidNationalId("A323456789")).toBe(false);
    expect(isValidNationalId("a123456789")).toBe(false);
    expect(isValidNationalId("A12345678")).toBe(false);
  });

  it("should accept new- and old-format resident certificate numbers with valid check digits", () => {
    // A=10 → 1; 8·8 = 64; 65 + 5 = 70.
    expect(isValidResidentCertificateNumber("A800000005")).toBe(true);
    // Z=33 → 3 + 27 = 30; 9·8 = 72; 102 + 8 = 110.
    expect(isValidResidentCertificateNumber("Z900000008")).toBe(true);
    // Old format, F=15 → 1 + 45 = 46; A=10 → 0·8; 1234568 → 85; 131 + 9 = 140.
    expect(isValidResidentCertificateNumber("FA12345689")).toBe(true);
    // Old format, A → 1; C=12 → 2·8 = 16; 0123456 → 56; 73 + 7 = 80.
    expect(isValidResidentCertificateNumber("AC01234567")).toBe(true);
  });

  it("should reject resident certificate numbers with a changed digit or a national-ID sex digit", () => {
    expect(isValidResidentCertificateNumber("A800000004")).toBe(false);
    expect(isValidResidentCertificateNumber("FA12345688")).toBe(false);
    expect(isValidResidentCertificateNumber("AE00000000")).toBe(false);
    expect(isValidResidentCertificateNumber("A123456789")).toBe(false);
  });

  it("should accept either kind as an identity number", () => {
    expect(isValidIdentityNumber("A123456789")).toBe(true);
    expect(isValidIdentityNumber("A800000005")).toBe(true);
    expect(isValidIdentityNumber("FA12345689")).toBe(true);
    expect(isValidIdentityNumber("A123456780")).toBe(false);
  });

  it("should generate 1,000 valid national IDs with the sex digit of the person", () => {
    const rng = new SeededRandom("national-ids");
    for (let index = 0; index < 1000; index += 1) {
      const sex = index % 2 === 0 ? Sex.MALE : Sex.FEMALE;
      const id = generateNationalId(rng, sex);
      expect(isValidNationalId(id)).toBe(true);
      expect(id.charAt(0)).toBe("A");
      expect(id.charAt(1)).toBe(sex === Sex.MALE ? "1" : "2");
    }
    expect(isValidNationalId(generateNationalId(rng, Sex.FEMALE, "I"))).toBe(true);
  });

  it("should generate 1,000 valid new-format resident certificate numbers with the sex digit", () => {
    const rng = new SeededRandom("resident-numbers");
    for (let index = 0; index < 1000; index += 1) {
      const sex = index % 2 === 0 ? Sex.MALE : Sex.FEMALE;
      const id = generateResidentCertificateNumber(rng, sex);
      expect(isValidResidentCertificateNumber(id)).toBe(true);
      expect(isValidNationalId(id)).toBe(false);
      expect(id.charAt(1)).toBe(sex === Sex.MALE ? "8" : "9");
    }
  });
});

describe("names", () => {
  it("should make Taiwanese names of a surname and one or two given characters", () => {
    const rng = new SeededRandom("names");
    for (let index = 0; index < 200; index += 1) {
      const name = taiwaneseName(rng, index % 2 === 0 ? Sex.MALE : Sex.FEMALE);
      expect(name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    }
  });

  it("should give Vietnamese women the middle name 氏", () => {
    const rng = new SeededRandom("vietnam");
    for (let index = 0; index < 100; index += 1) {
      const name = newImmigrantName(rng, OriginCountry.VIETNAM, Sex.FEMALE);
      expect(name).toMatch(/^[\u4e00-\u9fff]氏[\u4e00-\u9fff]{1,2}$/);
    }
  });

  it("should name new immigrants of every origin, reproducibly", () => {
    const names = (seed: string): string[] =>
      Object.values(OriginCountry).flatMap((origin) => {
        const rng = new SeededRandom(`${seed}-${origin}`);
        return [newImmigrantName(rng, origin, Sex.FEMALE), newImmigrantName(rng, origin, Sex.MALE)];
      });
    const first = names("origins");
    for (const name of first) {
      expect(name.length).toBeGreaterThanOrEqual(2);
    }
    expect(names("origins")).toEqual(first);
  });

  it("should write 先生 for men and 小姐 for women", () => {
    expect(honorificFor(Sex.MALE)).toBe(Honorific.MR);
    expect(honorificFor(Sex.FEMALE)).toBe(Honorific.MS);
  });
});

describe("addresses", () => {
  it("should have villages and roads for every Taipei district", () => {
    expect(DISTRICT_CODES).toHaveLength(12);
    for (const code of DISTRICT_CODES) {
      expect(villagesOf(code).length).toBeGreaterThanOrEqual(6);
      expect(villagesOf(code).every((village) => village.endsWith("里"))).toBe(true);
      expect(roadsOf(code).length).toBeGreaterThanOrEqual(4);
      expect(roadsOf(code).every((road) => road.endsWith("路") || road.endsWith("街") || road.endsWith("大道"))).toBe(true);
    }
  });

  it("should refuse an unknown district code", () => {
    expect(() => villagesOf("99999999")).toThrow(RangeError);
  });

  it("should format a full address in the order of the consent form", () => {
    const address: TaipeiAddress = {
      districtCode: "63000050",
      village: "文北里",
      neighbourhood: 5,
      road: "重慶南路",
      section: 1,
      lane: 10,
      alley: 3,
      number: "12",
      floor: 4,
    };
    expect(formatAddress(address)).toBe("臺北市中正區文北里5鄰重慶南路一段10巷3弄12號4樓");
  });

  it("should omit the parts an address does not have", () => {
    const address: TaipeiAddress = {
      districtCode: "63000070",
      village: "福星里",
      neighbourhood: 12,
      road: "康定路",
      section: null,
      lane: null,
      alley: null,
      number: "25之1",
      floor: null,
    };
    expect(formatAddress(address)).toBe("臺北市萬華區福星里12鄰康定路25之1號");
  });

  it("should make random addresses from the district's own villages and roads", () => {
    const rng = new SeededRandom("addresses");
    for (const code of DISTRICT_CODES) {
      for (let index = 0; index < 50; index += 1) {
        const address = randomAddress(rng, code);
        expect(villagesOf(code)).toContain(address.village);
        expect(roadsOf(code)).toContain(address.road);
        expect(address.neighbourhood).toBeGreaterThanOrEqual(1);
        expect(address.neighbourhood).toBeLessThanOrEqual(30);
        expect(address.alley === null || address.lane !== null).toBe(true);
        expect(address.number).toMatch(/^\d+(之\d+)?$/);
        expect(formatAddress(address)).toMatch(/^臺北市.+區.+里\d+鄰.+號(\d+樓)?$/);
      }
    }
  });

  it("should make Taipei landline and mobile numbers in their printed shapes", () => {
    const rng = new SeededRandom("phones");
    for (let index = 0; index < 100; index += 1) {
      expect(randomTaipeiPhone(rng)).toMatch(/^02-2\d{3}-\d{4}$/);
      expect(randomMobile(rng)).toMatch(/^09\d{2}-\d{3}-\d{3}$/);
    }
  });
});

describe("dates", () => {
  it("should convert between ISO and ROC dates both ways", () => {
    expect(toRocDate("2016-06-13")).toBe("105/6/13");
    expect(fromRocDate("105/6/13")).toBe("2016-06-13");
    expect(fromRocDate("105/06/13")).toBe("2016-06-13");
    expect(toRocDate("1912-01-01")).toBe("1/1/1");
    expect(fromRocDate(toRocDate("2024-02-29"))).toBe("2024-02-29");
  });

  it("should refuse dates that do not exist or precede the ROC calendar", () => {
    expect(() => fromRocDate("105/2/30")).toThrow(RangeError);
    expect(() => fromRocDate("106/2/29")).toThrow(RangeError);
    expect(() => fromRocDate("0/1/1")).toThrow(RangeError);
    expect(() => fromRocDate("105-6/13")).toThrow(RangeError);
    expect(() => toRocDate("1911-12-31")).toThrow(RangeError);
    expect(() => toRocDate("2016-13-01")).toThrow(RangeError);
  });

  it("should count completed years across a birthday", () => {
    expect(ageOn("2009-06-13", "2016-06-12")).toBe(6);
    expect(ageOn("2009-06-13", "2016-06-13")).toBe(7);
    expect(ageOn("1996-06-14", "2016-06-13")).toBe(19);
    expect(ageOn("2016-06-13", "2016-06-13")).toBe(0);
  });

  it("should let a 29 February child complete a year on 1 March in common years", () => {
    expect(ageOn("2016-02-29", "2017-02-28")).toBe(0);
    expect(ageOn("2016-02-29", "2017-03-01")).toBe(1);
  });
});
