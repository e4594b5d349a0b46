import { Alert } from "@mantine/core";

/** A refusal that names no field of the form, read out when it appears (role="alert"). */
export function FormError({ message }: { message: string | undefined }) {
  return message === undefined ? null : (
    <Alert color="red" variant="filled" role="alert">
      {message}
    </Alert>
  );
}
