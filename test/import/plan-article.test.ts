// The importer's plan for one article, made in memory: which stories are written where, and which are left alone.
import { describe, expect, it } from "vitest";
import type { CompletedArticle } from "../../src/import/complete-article.ts";
import { findBefore, planArticle, type PlanContext, type PlanState } from "../../src/import/plan-article.ts";
import { composeArticleText } from "../../src/model/article-file.ts";

/** A completed article as the importer makes it (no file behind it). */
function article(
  id: string,
  title: string,
  relativePath: string,
  extra: Partial<CompletedArticle> = {},
): CompletedArticle {
  return {
    id,
    relativePath,
    data: {
      title,
      date: "2025-09-13T18:00:00+05:00",
      source: { name: "Dawn", url: `https://example.com/${id}` },
      imported: { id, input: "inbox/a.txt", date_from: "explicit" },
    },
    body: `The story ${id} in one paragraph.`,
    dateGuessed: false,
    warnings: [],
    ...extra,
  };
}

const fresh = (): PlanState => ({ seen: new Map(), taken: new Set() });
/** A folder with these files in it; nothing on any disk is asked. */
const folder = (...files: string[]): PlanContext => ({
  articlesDir: "content/articles",
  cwd: ".",
  exists: (path) => files.includes(path),
});
const textOf = (a: CompletedArticle) => composeArticleText(a.data, a.body);

describe("planning an imported article", () => {
  it("writes a new story under its own path, and reports it imported with what was cut", () => {
    const story = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    const plan = planArticle(
      story,
      [{ reason: "comment spam", text: "Buy now" }],
      "inbox/a.txt",
      undefined,
      fresh(),
      folder(),
    );
    expect(plan.entry).toEqual({
      input: "inbox/a.txt",
      outcome: "imported",
      article: "content/articles/2025/09/13/floods-in-sindh.md",
    });
    expect(plan.write).toEqual({ relativePath: "2025/09/13/floods-in-sindh.md", text: textOf(story) });
    expect(plan.removed).toEqual([
      {
        input: "inbox/a.txt",
        article: "content/articles/2025/09/13/floods-in-sindh.md",
        reason: "comment spam",
        text: "Buy now",
      },
    ]);
  });

  it("skips a second copy of a story given by an earlier input of the run, naming that input", () => {
    const state = fresh();
    const story = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    planArticle(story, [], "inbox/a.txt", undefined, state, folder());
    const again = planArticle(story, [], "inbox/b.html", undefined, state, folder());
    expect(again.entry).toEqual({
      input: "inbox/b.html",
      outcome: "skipped",
      message: "the same story as inbox/a.txt",
    });
    expect(again.write).toBeUndefined();
  });

  it("gives another story with the same headline and day a name of its own, whether the first is on disk or planned", () => {
    const first = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    const second = article("bbbbbb222222", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    const state = fresh();
    planArticle(first, [], "inbox/a.txt", undefined, state, folder());
    expect(planArticle(second, [], "inbox/b.txt", undefined, state, folder()).write?.relativePath).toBe(
      "2025/09/13/floods-in-sindh-bbbbbb.md",
    );
    const onDisk = planArticle(second, [], "inbox/b.txt", undefined, fresh(), folder("2025/09/13/floods-in-sindh.md"));
    expect(onDisk.write?.relativePath).toBe("2025/09/13/floods-in-sindh-bbbbbb.md");
  });

  it("leaves a story whose file already says the same thing unchanged, and writes nothing", () => {
    const story = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    const before = { relativePath: story.relativePath, text: textOf(story) };
    const plan = planArticle(story, [], "inbox/a.txt", before, fresh(), folder(story.relativePath));
    expect(plan.entry.outcome).toBe("unchanged");
    expect(plan.write).toBeUndefined();
  });

  it("never overwrites a file a person has edited: skipped, with a warning that names it", () => {
    const story = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    const edited = textOf(story).replace("in one paragraph", "as the editor rewrote it");
    const plan = planArticle(
      story,
      [],
      "inbox/a.txt",
      { relativePath: story.relativePath, text: edited },
      fresh(),
      folder(story.relativePath),
    );
    expect(plan.entry.outcome).toBe("skipped");
    expect(plan.warnings).toEqual([
      "content/articles/2025/09/13/floods-in-sindh.md was edited by hand; not overwritten (delete it to import again)",
    ]);
    expect(plan.write).toBeUndefined();
  });

  it("moves a story whose title changed: updated at the new path, the old unedited file removed", () => {
    const old = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    const renamed = article("aaaaaa111111", "Floods in Sindh kill dozens", "2025/09/13/floods-in-sindh-kill-dozens.md");
    const plan = planArticle(
      renamed,
      [],
      "inbox/a.txt",
      { relativePath: old.relativePath, text: textOf(old) },
      fresh(),
      folder(old.relativePath),
    );
    expect(plan.entry.outcome).toBe("updated");
    expect(plan.write).toEqual({
      relativePath: renamed.relativePath,
      text: textOf(renamed),
      removes: old.relativePath,
    });
  });

  it("warns when the date was taken from the file time", () => {
    const story = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md", { dateGuessed: true });
    expect(planArticle(story, [], "inbox/a.txt", undefined, fresh(), folder()).warnings).toEqual([
      "no date in the file: took the file time 2025-09-13T18:00:00+05:00; check it or pass --date",
    ]);
  });

  it("finds the story already imported by its id, or else by its source's address", () => {
    const story = article("aaaaaa111111", "Floods in Sindh", "2025/09/13/floods-in-sindh.md");
    expect(findBefore(story, new Map([["aaaaaa111111", "by id"]]))).toBe("by id");
    expect(findBefore(story, new Map([["url:https://example.com/aaaaaa111111", "by address"]]))).toBe("by address");
    expect(findBefore(story, new Map([["cccccc333333", "other"]]))).toBeUndefined();
  });
});
