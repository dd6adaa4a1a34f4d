// The fault itself: browsers write notes while the cluster is stopped, left down and started
// again, and go on until every one of them has had a note saved after the restart.
import type { Browser } from "./browser";
import type { Cluster } from "./cluster";
import { NoteWriter, type NoteAnswer } from "./note-writer";

export type Timings = { warmUpMs: number; outageMs: number; afterMs: number; recoveryLimitMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilOrTimeout(done: () => boolean, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(250);
  }
  return true;
}

export async function restartUnderLoad(options: {
  cluster: Cluster;
  writers: { browser: Browser; caseId: string }[];
  runId: string;
  timings: Timings;
  log: (message: string) => void;
}) {
  const { cluster, timings, log } = options;
  const answers: NoteAnswer[] = [];
  let formPagesFailed = 0;
  let stopping = false;
  const noteWriters = options.writers.map(
    ({ browser, caseId }, client) =>
      new NoteWriter({
        browser,
        client,
        caseId,
        runId: options.runId,
        stopping: () => stopping,
        record: (answer) => answers.push(answer),
        formPageFailed: () => (formPagesFailed += 1),
      }),
  );
  const writing = Promise.all(noteWriters.map((writer) => writer.run()));

  log(`Writing notes with ${noteWriters.length} browsers for ${timings.warmUpMs / 1000} s`);
  await sleep(timings.warmUpMs);
  log(`Stopping the cluster (fast shutdown), ${timings.outageMs / 1000} s down, then starting it again`);
  const restartAt = performance.now();
  await cluster.stop();
  const downAt = performance.now();
  await sleep(timings.outageMs);
  await cluster.start();
  const upAt = performance.now();
  log("Cluster up again; writing until every browser has a note saved again");
  const savedAgain = (client: number) => answers.some((a) => a.client === client && a.outcome === "acknowledged" && a.sentAt >= upAt);
  const recovered = await untilOrTimeout(() => noteWriters.every((_, client) => savedAgain(client)), timings.recoveryLimitMs);
  if (recovered) await sleep(timings.afterMs);
  stopping = true;
  await writing;

  return {
    answers,
    formPagesFailed,
    acknowledged: noteWriters.flatMap((writer) => writer.acknowledged),
    unfinished: noteWriters.reduce((sum, writer) => sum + writer.unfinished, 0),
    restartAt,
    downAt,
    upAt,
    recovered,
  };
}
