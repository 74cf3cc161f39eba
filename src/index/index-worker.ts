// A worker thread that builds the search index from stories sent to it one by one, while the main thread summarises and draws pages.
import { parentPort } from "node:worker_threads";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { searchRecords, type StoryEntry } from "./search-record.ts";

/** What the build sends: the job first, then each story with its Markdown body, then the end. */
export type IndexMessage = { type: "start"; settings: SiteSettings; bundleDir: string } | ({ type: "story" } & StoryEntry) | { type: "end" };

/** What the worker sends back: pages indexed and the problems, as messages (errors do not cross threads whole). */
export interface IndexJobResult {
  pages: number;
  errors: string[];
}

/** Builds the bundle at `bundleDir` from the stories as they come. */
export async function runIndexJob(entries: Iterable<StoryEntry> | AsyncIterable<StoryEntry>, settings: SiteSettings, bundleDir: string): Promise<IndexJobResult> {
  const { pages, errors } = await buildSearchIndex(searchRecords(entries, settings), bundleDir, { language: settings.language });
  return { pages, errors: errors.map((error) => error.message) };
}

/** Stories in the order they arrive, read as an async iterable that ends when the build says so. */
class StoryQueue implements AsyncIterable<StoryEntry> {
  private readonly entries: StoryEntry[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  push(entry: StoryEntry): void {
    this.entries.push(entry);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<StoryEntry> {
    for (let next = 0; ; ) {
      if (next < this.entries.length) {
        yield this.entries[next]!;
        // Let go of what Pagefind has: the queue would otherwise hold every body until the end.
        this.entries[next++] = undefined as unknown as StoryEntry;
      } else if (this.ended) {
        return;
      } else {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    }
  }
}

if (parentPort) {
  const port = parentPort;
  const queue = new StoryQueue();
  port.on("message", (message: IndexMessage) => {
    if (message.type === "start") {
      runIndexJob(queue, message.settings, message.bundleDir).then(
        (result) => port.postMessage(result),
        (cause: unknown) => port.postMessage({ pages: 0, errors: [cause instanceof Error ? cause.message : String(cause)] }),
      );
    } else if (message.type === "story") {
      queue.push({ story: message.story, body: message.body });
    } else {
      queue.end();
    }
  });
}
