// The editor's topics.json: read into the vocabulary, and when it is broken, an error naming the file and line.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVocabulary, readTopicVocabulary } from "../../src/render/topics/read-topic-vocabulary.ts";
import { findTextTopics } from "../../src/render/topics/find-text-topics.ts";

async function fileWith(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "topics-")), "topics.json");
  await writeFile(path, text);
  return path;
}

describe("reading topics.json", () => {
  it("reads the shipped file without a problem", () => {
    const { vocabulary, errors } = readTopicVocabulary("content/topics.json");
    expect(errors).toEqual([]);
    expect([...vocabulary.topics.values()]).toContain("Elections");
    expect(vocabulary.synonyms.size).toBeGreaterThan(5);
  });

  it("gives the built-in topics when there is no file", () => {
    const { vocabulary, errors } = readTopicVocabulary(join(tmpdir(), "no-such-folder", "topics.json"));
    expect(errors).toEqual([]);
    expect([...vocabulary.topics.values()]).toContain("Sport");
  });

  it("names the file and the line of bad JSON, and falls back to the built-in topics", async () => {
    const path = await fileWith('{\n  "topics": ["Sport"],\n  "synonyms": { "Sports" "Sport" }\n}\n');
    const { vocabulary, errors } = readTopicVocabulary(path);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(`${path}:3:`);
    expect(errors[0]!.message).toMatch(/not valid JSON/);
    expect([...vocabulary.topics.values()]).toContain("Politics");
  });

  it("reports a merge cycle with its names and line, and keeps the rest of the file", async () => {
    const path = await fileWith(
      [
        "{",
        '  "topics": ["Sport"],',
        '  "synonyms": {',
        '    "Athletics": "Sport",',
        '    "Football": "Soccer",',
        '    "Soccer": "Football"',
        "  }",
        "}",
      ].join("\n"),
    );
    const { vocabulary, errors } = readTopicVocabulary(path);
    expect(errors.length).toBe(2);
    expect(errors[0]!.message).toContain(`${path}:5:`);
    expect(errors[0]!.message).toContain("Football → Soccer → Football");
    expect(errors[1]!.message).toContain(`${path}:6:`);
    expect(vocabulary.synonyms.get("athletics")).toBe("Sport");
    expect([...vocabulary.synonyms.values()]).toEqual(["Sport"]);
  });

  it("reports parts of the wrong shape and leaves them out", () => {
    const { vocabulary, errors } = makeVocabulary({
      topics: "Sport",
      synonyms: { Sports: 3 },
      fromText: { Elections: { cues: "vote" } },
    });
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('"topics" must be a list'),
      expect.stringContaining('synonym "Sports" must name a topic'),
      expect.stringContaining('"fromText" topic "Elections" needs "cues"'),
    ]);
    expect(vocabulary.topics.size).toBe(0);
  });
});

describe("topics from a story's words", () => {
  const { vocabulary } = readTopicVocabulary("content/topics.json");

  it("files an election story under Elections whatever its tags", () => {
    expect(
      findTextTopics(
        "Voters go to the polls in Ghana",
        "The election was close. Turnout was high and ballots were counted overnight.",
        vocabulary,
      ),
    ).toEqual(["Elections"]);
  });

  it("leaves a story that mentions a vote in passing alone", () => {
    expect(
      findTextTopics(
        "Storm closes schools",
        "The council will vote on repairs next week. The storm closed 40 schools.",
        vocabulary,
      ),
    ).toEqual([]);
  });
});
