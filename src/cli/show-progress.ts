// A progress line on the terminal for long runs; silent when stderr is not a terminal (CI, pipes).

/** Returns a callback that redraws "label done/total" on stderr, for runs of more than 20 items. */
export function showProgress(label: string): (done: number, total: number) => void {
  return (done, total) => {
    if (!process.stderr.isTTY || total <= 20) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write("\n");
  };
}
