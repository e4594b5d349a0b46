/** The district's intake a corrected form is delivered to (D3, A6): its document lives with the sender. */
export const RECEIVE_CORRECTED_CASE = "ReceiveCorrectedCase";

export const CORRECTED_CASE_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CORRECTED_CASE]: `mutation ${RECEIVE_CORRECTED_CASE}($input: CorrectedCaseInput!) { receiveCorrectedCase(input: $input) { id } }`,
};

/** The district's intake a withdrawal is delivered to (D3, A6, issue #9): the case closes there as RETURNED_TO_OFFICE. */
export const RECEIVE_CASE_WITHDRAWN = "ReceiveCaseWithdrawn";

export const WITHDRAWN_CASE_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CASE_WITHDRAWN]: `mutation ${RECEIVE_CASE_WITHDRAWN}($input: CaseWithdrawnInput!) { receiveCaseWithdrawn(input: $input) { id } }`,
};
