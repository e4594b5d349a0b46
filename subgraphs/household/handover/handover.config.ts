import { envString } from "../../../shared/config";

/**
 * 附件2's stamp text is not in the seeds (R8): configurable, read once. The default says what the
 * SOP's 二(一)4 requires of the copies: personal data, for the care visit only.
 */
export const HANDOVER_STAMP_TEXT = envString("HANDOVER_STAMP_TEXT", "個人資料 僅供新移民關懷訪視使用 不得移作他用").slice(0, 200);

/** The district's intake the ledger is delivered to (D3): its document lives with the sender. */
export const RECEIVE_HANDOVER_LEDGER = "ReceiveHandoverLedger";

export const HANDOVER_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_HANDOVER_LEDGER]: `mutation ${RECEIVE_HANDOVER_LEDGER}($input: HandoverLedgerInput!) { receiveHandoverLedger(input: $input) { id } }`,
};
