import { AuditCollector } from "../../shared/audit/collector";

/**
 * Issue #4: one audit row per (person, type, id) a request read, its fields sorted and distinct, in
 * an order that does not depend on the order resolvers finished in. Issue #13 changed how the
 * collector keys its groups; these are the answers it must keep giving.
 */
describe("the audit collector", () => {
  it("should group a request's field reads into one entry per object and person, fields sorted and distinct", () => {
    const collector = new AuditCollector();
    collector.record({ personId: "p1", entityType: "Person", entityId: "p1", field: "name" });
    collector.record({ personId: "p1", entityType: "Person", entityId: "p1", field: "birthDate" });
    collector.record({ personId: "p1", entityType: "Person", entityId: "p1", field: "name" });
    collector.record({ personId: null, entityType: "Household", entityId: "h1", field: "address" });

    expect(collector.entries()).toEqual([
      { personId: null, entityType: "Household", entityId: "h1", fields: ["address"] },
      { personId: "p1", entityType: "Person", entityId: "p1", fields: ["birthDate", "name"] },
    ]);
  });

  it("should keep apart ids that share characters with the key's separator, and a null person from an empty one", () => {
    const collector = new AuditCollector();
    collector.record({ personId: "p", entityType: "Visit", entityId: "a:b", field: "needs" });
    collector.record({ personId: "p", entityType: "Visit", entityId: "a", field: "outcome" });
    collector.record({ personId: null, entityType: "Visit", entityId: "a", field: "outcome" });
    collector.record({ personId: "", entityType: "Visit", entityId: "a", field: "state" });
    collector.record({ personId: "p", entityType: "VisitRecord", entityId: "a", field: "outcome" });

    expect(collector.entries()).toEqual([
      { personId: null, entityType: "Visit", entityId: "a", fields: ["outcome"] },
      { personId: "", entityType: "Visit", entityId: "a", fields: ["state"] },
      { personId: "p", entityType: "Visit", entityId: "a", fields: ["outcome"] },
      { personId: "p", entityType: "Visit", entityId: "a:b", fields: ["needs"] },
      { personId: "p", entityType: "VisitRecord", entityId: "a", fields: ["outcome"] },
    ]);
  });

  it("should give the same entries whatever order the reads came in", () => {
    const reads = [
      { personId: "p2", entityType: "CareCase", entityId: "c2", field: "status" },
      { personId: "p1", entityType: "CareCase", entityId: "c1", field: "status" },
      { personId: "p1", entityType: "Person", entityId: "p1", field: "name" },
      { personId: "p1", entityType: "CareCase", entityId: "c1", field: "needs" },
    ];
    const forward = new AuditCollector();
    const backward = new AuditCollector();
    reads.forEach((read) => forward.record(read));
    [...reads].reverse().forEach((read) => backward.record(read));

    expect(backward.entries()).toEqual(forward.entries());
    expect(forward.isEmpty()).toBe(false);
    expect(new AuditCollector().isEmpty()).toBe(true);
  });
});
