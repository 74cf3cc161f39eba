// A pure function of a short text, remembered: names and keywords recur across thousands of stories.

/**
 * `make`, remembered by its argument. Past `max` texts the memory starts again, so it stays bounded however many
 * names a site holds; a text gives the same value either way. Values are shared between callers: keep them frozen.
 */
export function cachedByText<T>(make: (text: string) => T, max = 200_000): (text: string) => T {
  const made = new Map<string, T>();
  return (text) => {
    let value = made.get(text);
    if (value === undefined) {
      if (made.size >= max) made.clear();
      value = make(text);
      made.set(text, value);
    }
    return value;
  };
}
