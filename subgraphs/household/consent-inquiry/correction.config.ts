/** The district's intake a corrected form is delivered to (D3, A6): its document lives with the sender. */
export const RECEIVE_CORRECTED_CASE = "ReceiveCorrectedCase";

export const CORRECTED_CASE_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CORRECTED_CASE]: `mutation ${RECEIVE_CORRECTED_CASE}($input: CorrectedCaseInput!) { receiveCorrectedCase(input: $input) { id } }`,
};
