// A child process that draws the site and ends, so that the memory of every page it drew goes with it.
import { buildTally, type BuildTally } from "../util/build-log.ts";
import { type BuildSignal, expectPagesLinked, onBuildSignal } from "../util/build-signals.ts";
import { join } from "node:path";
import { type BroadsheetOptions, resolveOptions } from "../model/broadsheet-options.ts";
import { startReadAhead } from "../summarise/read-articles-ahead.ts";
import { drawSite, type EleventyRunOptions } from "./draw-site.ts";

/**
 * What the parent sends: the build's options and the folder to draw into; with `linking`, the parent links the last
 * build's pages into it meanwhile, and tells when it is done (`EleventyPagesLinkedMessage`).
 */
export interface EleventyBuildMessage {
  options: EleventyRunOptions;
  folder: string;
  linking?: boolean;
}

/**
 * What the parent sends once it has linked the last build's pages into the folder (after a message with `linking`):
 * `all` when it linked every page the last build recorded and the folder holds no other page.
 */
export interface EleventyPagesLinkedMessage {
  pagesLinked: { all: boolean };
}

/** What the child answers before it ends: the build's tally, or why Eleventy failed; or, while it draws, a signal. */
export interface EleventyBuildAnswer {
  tally?: BuildTally;
  error?: string;
  signal?: BuildSignal;
}

/** Draws the site `message` describes in this process; resolves with the tally, or the failure's message. */
async function buildOnce(message: EleventyBuildMessage): Promise<EleventyBuildAnswer> {
  try {
    await drawSite(message.options, message.folder);
    return { tally: { ...buildTally } };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// What the build learns as the pages are drawn (how many, and this process's memory) goes to the build that started it.
onBuildSignal((signal) => process.send?.({ signal } satisfies EleventyBuildAnswer));

/** What the parent may send first, while it imports the inbox: the articles to read ahead (`readAhead`). */
export interface EleventyReadAheadMessage {
  readAhead: { content: string; plugin: BroadsheetOptions };
}

/** Starts reading the articles and their cached digests as this build's summarise stage will (summarise/read-articles-ahead.ts). */
function readAhead({ content, plugin }: EleventyReadAheadMessage["readAhead"]): void {
  const { settings, summaryCache, drafts } = resolveOptions({ ...plugin, content }, content);
  startReadAhead({
    articlesDir: join(content, "articles"),
    drafts,
    cacheDir: summaryCache,
    sentences: settings.summarySentences,
  });
}

let building = false;
let linked = (_all: boolean) => {};
process.on("message", (message: EleventyBuildMessage | EleventyReadAheadMessage | EleventyPagesLinkedMessage) => {
  if ("readAhead" in message) return readAhead(message.readAhead);
  if ("pagesLinked" in message) return linked(message.pagesLinked.all);
  if (building) return;
  building = true;
  // The pages are carried into the folder only once the parent's links are made (render/site-model-plugin.ts).
  if (message.linking) linked = expectPagesLinked();
  void buildOnce(message).then((answer) => {
    // The exit code (1 when the problems plugin reported bad input) goes with the process; the answer before it.
    process.send!(answer, () => process.disconnect());
  });
});
