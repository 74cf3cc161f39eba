// Feeds: RSS 2.0 (and 1.0), Atom and JSON Feed, read by feeds/read-feed-file.ts, which is loaded with the first feed an import meets.
import { JSON_FEED, XML_FEED } from "../feeds/feed-start.ts";
import type { Format } from "./format.ts";

export const feedFormat: Format = {
  name: "feed",

  detect(file) {
    const start = file.text.slice(0, 2000);
    return XML_FEED.test(start) || JSON_FEED.test(start);
  },

  // Feed items are HTML: linkedom, Turndown and the XML parser take some 0.3 s to load, which an inbox without
  // feeds never spends.
  async extract(file, context) {
    const { readFeedFile } = await import("../feeds/read-feed-file.ts");
    return readFeedFile(file, context);
  },
};
