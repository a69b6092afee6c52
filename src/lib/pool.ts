/** Runs the tasks with at most `jobs` at a time, each started in the order given. */
export async function pool(tasks: (() => Promise<void>)[], jobs: number): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, run));
}
