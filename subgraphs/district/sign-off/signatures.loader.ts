import DataLoader from "dataloader";
import { DataSource, In } from "typeorm";
import { VisitRecordSignature } from "./visit-record-signature.entity";

/** A8 (issue #9): each record's signatures in the order signed, one statement per request (STYLE 3). */
export function signaturesByVisitRecord(dataSource: DataSource): DataLoader<string, VisitRecordSignature[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await dataSource.getRepository(VisitRecordSignature).find({ where: { visitRecordId: In([...ids]) }, order: { visitRecordId: "ASC", position: "ASC" } });
    return ids.map((id) => rows.filter((row) => row.visitRecordId === id));
  });
}
