// A child process that runs one Eleventy build and ends, so that the memory of every page it drew goes with it.
import { buildTally, type BuildTally } from "../util/build-log.ts";

/** What the parent sends: the folders and the prefix of the build. */
export interface EleventyBuildMessage {
  content: string;
  output: string;
  pathPrefix?: string;
  quiet: boolean;
}

/** What the child answers before it ends: the build's tally, or why Eleventy failed. */
export interface EleventyBuildAnswer {
  tally?: BuildTally;
  error?: string;
}

/** Runs the build `message` describes in this process; resolves with the tally, or the failure's message. */
async function buildOnce(message: EleventyBuildMessage): Promise<EleventyBuildAnswer> {
  try {
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(message.content, message.output, {
      configPath: "eleventy.config.ts",
      // As from Eleventy's own CLI: the folders given here win over the defaults in eleventy.config.ts.
      source: "cli",
      pathPrefix: message.pathPrefix,
      quietMode: message.quiet,
      runMode: "build",
    });
    await eleventy.init();
    await eleventy.write();
    return { tally: { ...buildTally } };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

process.once("message", (message: EleventyBuildMessage) => {
  void buildOnce(message).then((answer) => {
    // The exit code (1 when the problems plugin reported bad input) goes with the process; the answer before it.
    process.send!(answer, () => process.disconnect());
  });
});
