// Reports on a built site's topics index: how many, how many of one story, near-duplicates, lower case, people or places.
import { readFileSync } from "node:fs";
import { topicKey, topicParts } from "../../src/render/topics/topic-key.ts";
import { PLACES } from "../../src/summarise/names/gazetteer.ts";

// Usage: node --import tsx scripts/eval/topic-report.ts <built site folder> (default: _site)
const site = process.argv[2] ?? "_site";
const read = (kind: string) =>
  [
    ...readFileSync(`${site}/${kind}/index.html`, "utf8").matchAll(
      /<li><a href="[^"]+">([^<]+)<\/a> <span class="count">(\d+)/g,
    ),
  ].map((m) => ({ name: m[1]!, count: Number(m[2]) }));
const topics = read("topics");
const names = new Set([...read("people"), ...read("places")].map((entry) => entry.name.toLowerCase()));
/** Two topics are near-duplicates when their keys match, one is a part of the other, or two compounds share a part. */
const near = (a: string, b: string) =>
  topicKey(a) === topicKey(b)
    ? a < b
    : topicParts(a).includes(topicKey(b)) ||
      (a < b &&
        topicParts(a).length > 1 &&
        topicParts(b).length > 1 &&
        topicParts(a).some((part) => topicParts(b).includes(part)));
const pairs = topics.flatMap((a) =>
  topics.filter((b) => a !== b && near(a.name, b.name)).map((b) => `${a.name} (${a.count}) / ${b.name} (${b.count})`),
);
const personOrPlace = topics
  .filter((topic) => names.has(topic.name.toLowerCase()) || PLACES.has(topic.name.toLowerCase()))
  .map((topic) => topic.name);
console.log(
  JSON.stringify(
    {
      topics: topics.length,
      oneStory: topics.filter((topic) => topic.count === 1).length,
      nearDuplicates: pairs,
      lowerCase: topics.filter((topic) => /^\p{Ll}/u.test(topic.name)).map((topic) => topic.name),
      personOrPlace,
      elections: topics.find((topic) => topic.name === "Elections")?.count ?? 0,
    },
    null,
    1,
  ),
);
