import { useMutation } from "@apollo/client/react";
import { Button, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { graphql } from "../../gql";
import { problemOf, ServerError, ServerProblem } from "../district/server-error";

/** A8: the 里幹事 signs their own level of 附件4 first, which hands the record on to the next level. */
const SIGN_OWN = graphql(`
  mutation ConsoleSignOwnLevel($id: ID!, $signerName: String!) {
    signVisitRecord(id: $id, level: VILLAGE_OFFICER, signerName: $signerName) {
      id
      state
      signatures {
        level
        signerName
        signedAt
      }
    }
  }
`);

export function SignOwnLevel({ recordId, onDone }: { recordId: string; onDone: () => void }) {
  const [sign, { loading }] = useMutation(SIGN_OWN);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const submit = async (): Promise<void> => {
    setProblem(null);
    try {
      await sign({ variables: { id: recordId, signerName: name.trim() } });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  return (
    <Stack gap="xs">
      <TextInput label="里幹事核章姓名" value={name} onChange={(event) => setName(event.currentTarget.value)} required maxLength={60} />
      <ServerError problem={problem} />
      <Button onClick={() => void submit()} loading={loading} disabled={name.trim() === ""} fullWidth>
        核章並送出
      </Button>
    </Stack>
  );
}
