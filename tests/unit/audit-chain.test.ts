import { GENESIS_HASH, hashRow } from "../../shared/audit/chain";

/**
 * Issue #4's chain format, pinned: every stored chain is verified against these bytes
 * (`audit:verify`), so a faster hash (issue #13) must give the very same links. The two hashes
 * below were written by the chain's first implementation (a Hash object fed the previous hash, a
 * newline and the canonical row) before it changed; they are literals, not recomputed here.
 */
describe("the audit chain's link", () => {
  const readAt = new Date("2026-12-04T01:02:03.004Z");

  it("hashes a row with a person, fields, a purpose and an operation id as it always has", () => {
    const link = hashRow(GENESIS_HASH, {
      id: "42",
      readAt,
      subject: "officer-1",
      role: "DISTRICT_CASE_OFFICER",
      org: "63000050",
      personId: "6f1c2c54-2a7e-4c1e-9d55-0b4f8d1c9a10",
      entityType: "Person",
      entityId: "6f1c2c54-2a7e-4c1e-9d55-0b4f8d1c9a10",
      fields: ["name", "phone"],
      operationName: "UnifiedPerson",
      purpose: "家訪",
      operationId: "sha256:abc",
    });
    expect(link).toBe("cc87c9318e8cb9ea37af1413b7fb4faa35eb0fba666bf9d17deaaf895e024945");
  });

  it("hashes a row written before operation ids were kept (no person, no fields) as it always has", () => {
    const link = hashRow("ab".repeat(32), {
      id: "43",
      readAt,
      subject: "officer-1",
      role: "DISTRICT_CASE_OFFICER",
      org: "63000050",
      personId: null,
      entityType: "Household",
      entityId: "h-1",
      fields: [],
      operationName: null,
      purpose: null,
    });
    expect(link).toBe("23c691cd8dd71e8032b6e423798a9d6f5565784512330abed6c4136a96deacba");
  });
});
