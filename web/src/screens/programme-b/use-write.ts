import { useState } from "react";
import { problemOf, ServerProblem } from "../district/server-error";

/**
 * A programme B write as every form of these screens runs it: the last refusal shown (its code in
 * words, ServerError), cleared on the next try; on success the screen reloads what it shows.
 */
export function useWrite(onDone: () => void): { problem: ServerProblem | null; run: (write: () => Promise<unknown>) => Promise<void> } {
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const run = async (write: () => Promise<unknown>): Promise<void> => {
    setProblem(null);
    try {
      await write();
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  return { problem, run };
}
