/** Household's intake a return for correction is delivered to (D3, A6): its document lives with the sender. */
export const RECEIVE_CORRECTION_REQUEST = "ReceiveCorrectionRequest";

export const CORRECTION_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CORRECTION_REQUEST]: `mutation ${RECEIVE_CORRECTION_REQUEST}($input: CorrectionRequestInput!) { receiveCorrectionRequest(input: $input) { id } }`,
};

/** A return's reason is one remark on the form, not a letter (附件3 備註 is a line). */
export const MAX_RETURN_REASON = 500;
