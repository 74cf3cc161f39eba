// Waiting on a process under test: a free port to give it, and polling until what it serves is there.
import { createServer } from "node:net";

/** A free TCP port on this machine. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Polls `check` every 200 ms until it returns true or `ms` pass; returns whether it did. */
export async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((done) => setTimeout(done, 200));
  }
  return false;
}
