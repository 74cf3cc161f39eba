// The hand-over from the render stage to the stages that read its stories (the search index).
import type { Story } from "./make-story.ts";

/** Receives a build's stories (newest first) and their Markdown bodies by input path. */
export type ModelListener = (stories: Story[], bodies: Map<string, string>) => void;
