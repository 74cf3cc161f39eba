// Whether a process is still running, for telling a live lock or temporary file from one a killed run left.

/** True when a process with `pid` is running (signal 0 checks without sending anything; EPERM: another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
