/** 民政局's service name (shared/agencies.ts): its outbox signs the directory's hand-offs (D3). */
export const CIVIL_AFFAIRS_SERVICE = "civil-affairs";

/** The district's intake of a published directory version, by operation name in 民政局's outbox rows. */
export const RECEIVE_SERVICE_DIRECTORY = "ReceiveServiceDirectory";

/** The root field of that intake (only the district receives the directory: one field, no agency suffix). */
export const RECEIVE_SERVICE_DIRECTORY_FIELD = "receiveServiceDirectory";

/**
 * The document 民政局's outbox posts (issue #9, C1). Both sides import it (STYLE 9): the sender's
 * outbox documents and the district's resolver cannot drift apart.
 */
export const SERVICE_DIRECTORY_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_SERVICE_DIRECTORY]: `mutation ${RECEIVE_SERVICE_DIRECTORY}($input: ServiceDirectoryNotice!) { ${RECEIVE_SERVICE_DIRECTORY_FIELD}(input: $input) { id } }`,
};

/** The city whose directory the district reads its visit form from: the 12 districts are Taipei's (seed 000). */
export const DISTRICT_DIRECTORY_CITY = "taipei";
