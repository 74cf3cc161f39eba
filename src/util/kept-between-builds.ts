// Work on one story kept between the builds of one process (`npm start` rebuilds after every save), reused while
// what it was made from is the same.

/**
 * Values by key, each remembered with what it was made from. `get` gives the last build's value when every part of
 * `from` is the same (`===`: the same object, or an equal string or number), and makes it again otherwise; `sweep`
 * forgets the keys this build did not ask for (deleted stories). A build of its own, with nothing kept, passes no
 * `KeptBetweenBuilds` and makes every value.
 */
export class KeptBetweenBuilds {
  #kept = new Map<string, { from: readonly unknown[]; value: unknown }>();
  #asked = new Set<string>();

  get<T>(key: string, from: readonly unknown[], make: () => T): T {
    this.#asked.add(key);
    const kept = this.#kept.get(key);
    if (kept && kept.from.length === from.length && kept.from.every((part, at) => part === from[at]))
      return kept.value as T;
    const value = make();
    this.#kept.set(key, { from, value });
    return value;
  }

  /** Forgets every key not asked for since the last sweep. */
  sweep(): void {
    for (const key of this.#kept.keys()) if (!this.#asked.has(key)) this.#kept.delete(key);
    this.#asked.clear();
  }

  /** How many values are kept. */
  get size(): number {
    return this.#kept.size;
  }
}

/**
 * `kept.get(…)` when there is a `kept`, else the value made afresh. `from` is asked for only with a `kept`: a build
 * that keeps nothing does not join texts to compare them.
 */
export function keptOrMade<T>(
  kept: KeptBetweenBuilds | undefined,
  key: string,
  from: () => readonly unknown[],
  make: () => T,
): T {
  return kept ? kept.get(key, from(), make) : make();
}
