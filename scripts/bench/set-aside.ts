// The bench's old output moved aside before a timed build instead of deleted, and deleted once the timing is done.
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * A folder that old output is moved into (a rename: no file is deleted), emptied when the bench has measured all
 * it measures. On ext4 without a journal (the machines this project is benchmarked and tested on), each new file
 * made within minutes of deleting many others costs several times as much: the kernel's inode allocator passes
 * over every recently deleted inode it meets (fs/ext4/ialloc.c, `recently_deleted`). Measured on such a machine:
 * 15,000 pages written in their own folders, 0.28–0.33 ms a file and a folder after deleting a build's output,
 * 0.03 ms four minutes later. Deleting the last run's output right before a build would time the kernel's
 * book-keeping of that deletion along with the build.
 */
export class SetAside {
  private moved = 0;

  constructor(private readonly trash: string) {}

  /** Moves `folder` (when it exists) out of the way, into the trash folder. */
  async move(folder: string): Promise<void> {
    await mkdir(this.trash, { recursive: true });
    const target = path.join(this.trash, `${Date.now()}-${this.moved++}-${path.basename(folder)}`);
    await rename(folder, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }

  /** Deletes everything moved aside (and what an interrupted bench left there). */
  async empty(): Promise<void> {
    await rm(this.trash, { recursive: true, force: true });
  }
}
