import { Field, ID, InputType } from "type-graphql";
import { HandoverEntryInput } from "../handover-ledger/handover-ledger.input";

/** D3/A6: household's delivery of a corrected form, from its own records; only household's service may send it. */
@InputType({ description: "A6/D3: a form returned for correction, delivered back corrected by household's subgraph" })
export class CorrectedCaseInput {
  @Field({ description: "The sender's idempotency key (its outbox row); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "The care case that was returned (named in the return household received)" })
  careCaseId!: string;

  @Field({ description: "受理戶所 (district code): must be the acting clerk's office and the case's" })
  office!: string;

  @Field(() => HandoverEntryInput, { description: "The corrected ledger line, as household's records now hold it" })
  entry!: HandoverEntryInput;
}
