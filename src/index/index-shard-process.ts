// A child process that builds search shards it is sent, one at a time, apart from the heap of the process that sends them.
import { buildShard, type ShardResult } from "./build-shard.ts";
import type { ShardJob } from "./prepare-search-shards.ts";

/** What the parent sends: a shard to build, and the language to index it as. */
export interface ShardMessage {
  job: ShardJob;
  language: string;
}

/** The answer to one message: the shard's result. */
export interface ShardAnswer {
  result: ShardResult;
}

// Started with an IPC channel (child_process.fork): builds each shard it is sent and answers with its result.
process.on("message", (message: ShardMessage) => {
  buildShard(message.job, message.language).then(
    (result) => process.send!({ result } satisfies ShardAnswer),
    (cause: unknown) =>
      process.send!({
        result: {
          name: message.job.name,
          pages: 0,
          dir: message.job.dir,
          temporary: false,
          errors: [`shard ${message.job.name}: ${cause instanceof Error ? cause.message : String(cause)}`],
        },
      } satisfies ShardAnswer),
  );
});
// The parent closes the channel when it has no more shards: then the process ends.
process.on("disconnect", () => process.exit(0));
