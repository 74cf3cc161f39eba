// Cuts the stories into search-index shards by date: whole months, oldest first, each shard at most a given size.
import type { Story } from "../model/make-story.ts";

/** One shard of the search index: a run of whole months and their stories. */
export interface ShardPlan<S extends Pick<Story, "month"> = Story> {
  /** The shard's first month ("2025-07"): its folder name, unique because months are never split. */
  name: string;
  stories: S[];
}

/**
 * The shards of `stories`, oldest first. Months are taken in order and a shard is closed when the next month would
 * take it over `maxStories` (a single month larger than that is a shard of its own). The cuts depend only on the
 * months before them, so a new story in the newest month changes only the newest shard.
 */
export function planShards<S extends Pick<Story, "month">>(stories: readonly S[], maxStories: number): ShardPlan<S>[] {
  const byMonth = new Map<string, S[]>();
  for (const story of stories) {
    const month = byMonth.get(story.month);
    if (month) month.push(story);
    else byMonth.set(story.month, [story]);
  }
  const shards: ShardPlan<S>[] = [];
  let current: ShardPlan<S> | undefined;
  for (const month of [...byMonth.keys()].sort()) {
    const monthStories = byMonth.get(month)!;
    if (!current || current.stories.length + monthStories.length > maxStories) {
      current = { name: month, stories: [] };
      shards.push(current);
    }
    current.stories.push(...monthStories);
  }
  return shards;
}
