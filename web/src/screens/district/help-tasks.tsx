import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../../components/query-state";
import { taipeiToday } from "../../format/taipei-today";
import { graphql } from "../../gql";
import type { ConsoleHelpTasksQuery } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { HELP_TASK_KIND_LABELS } from "../../labels/district";
import { DateField } from "./date-field";
import { problemOf, ServerError, ServerProblem } from "./server-error";

/**
 * A9, A5: the district's own help (社會課, 人文課) that a filed 附件4 opened, with the contact the
 * help needs; completing the last part closes the case (INTERNAL_HELP_DONE).
 */
const HELP_TASKS = graphql(`
  query ConsoleHelpTasks {
    helpTasks(state: OPEN) {
      id
      kind
      careCase {
        id
        village
        visitRecord {
          id
          visitedPersonName
          visitedPersonPhone
          visitedPersonAddress
        }
      }
    }
  }
`);

const COMPLETE = graphql(`
  mutation ConsoleCompleteHelpTask($taskId: ID!, $doneOn: LocalDate!, $note: String) {
    completeHelpTask(taskId: $taskId, doneOn: $doneOn, note: $note) {
      id
      state
      doneOn
    }
  }
`);

type Task = NonNullable<ConsoleHelpTasksQuery["helpTasks"]>[number];

function TaskCard({ task, onDone }: { task: Task; onDone: () => void }) {
  const [complete, { loading }] = useMutation(COMPLETE);
  const [doneOn, setDoneOn] = useState<string | null>(taipeiToday());
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const contact = task.careCase?.visitRecord;
  const title = `${labelOf(HELP_TASK_KIND_LABELS, task.kind)}：${task.careCase?.village ?? "—"}`;
  const submit = async (): Promise<void> => {
    setProblem(null);
    try {
      await complete({ variables: { taskId: task.id, doneOn: doneOn ?? "", note: note.trim() === "" ? null : note.trim() } });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm">
          聯絡對象：{contact?.visitedPersonName ?? "—"}，{contact?.visitedPersonPhone ?? ""}，{contact?.visitedPersonAddress ?? ""}
        </Text>
        <Group align="flex-end" grow>
          <DateField label="協助日期" value={doneOn} onChange={setDoneOn} maxDate={taipeiToday()} />
          <Textarea label="辦理情形" autosize minRows={1} value={note} onChange={(event) => setNote(event.currentTarget.value)} maxLength={2000} />
        </Group>
        <ServerError problem={problem} />
        <Group>
          <Button onClick={() => void submit()} loading={loading} disabled={doneOn === null}>
            完成協助
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function HelpTasks() {
  const query = useQuery(HELP_TASKS);
  return (
    <Stack>
      <Title order={2} size="h4">
        區公所協助事項
      </Title>
      <QueryState result={query} what="協助事項" empty={{ when: (data) => (data.helpTasks ?? []).length === 0, text: "目前沒有待辦的協助事項。" }}>
        {(data) => (data.helpTasks ?? []).map((task) => <TaskCard key={task.id} task={task} onDone={() => void query.refetch()} />)}
      </QueryState>
    </Stack>
  );
}
