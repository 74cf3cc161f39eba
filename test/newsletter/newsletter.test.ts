// The newsletter of real editions of the sample digest: email-safe HTML, the text part, the .eml, and refusals.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readArticleText } from "../../src/model/article-file.ts";
import { parseHTML } from "linkedom";
import { simpleParser } from "mailparser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { makeNewsletter, type MadeNewsletter } from "../../src/newsletter/index.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";

const run = promisify(execFile);
const settings = readSiteSettings("content");
const HOME = new URL("/", settings.url).href;

/** The sample's articles by day, read straight from content/articles (the sample's zone is UTC, so folder = day). */
async function sampleDays(): Promise<Map<string, { title: string; url: string }[]>> {
  const days = new Map<string, { title: string; url: string }[]>();
  for (const year of await readdir("content/articles")) {
    if (!/^\d{4}$/.test(year)) continue;
    for (const month of await readdir(join("content/articles", year))) {
      for (const day of await readdir(join("content/articles", year, month))) {
        const folder = join("content/articles", year, month, day);
        const stories = [];
        for (const file of (await readdir(folder)).filter((name) => name.endsWith(".md"))) {
          const { data } = readArticleText(await readFile(join(folder, file), "utf8"));
          if (data["draft"] !== true)
            stories.push({
              title: String(data["title"]),
              url: `${HOME}${year}/${month}/${day}/${file.replace(/\.md$/, "")}/`,
            });
        }
        days.set(`${year}-${month}-${day}`, stories);
      }
    }
  }
  return days;
}

/** Runs the CLI; never throws, the exit code says. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", ["bin/broadsheet.js", "newsletter", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the newsletter of the sample's busiest and latest editions", () => {
  let days: Map<string, { title: string; url: string }[]>;
  const made = new Map<string, MadeNewsletter>();
  let busiest: string;
  let latest: string;
  beforeAll(async () => {
    days = await sampleDays();
    const sorted = [...days.keys()].sort();
    latest = sorted.at(-1)!;
    busiest = sorted.reduce((best, day) => (days.get(day)!.length > days.get(best)!.length ? day : best));
    made.set(busiest, await makeNewsletter(settings, { day: busiest }));
    made.set(latest, await makeNewsletter(settings));
  });
  const each = (check: (day: string, newsletter: MadeNewsletter) => void | Promise<void>) => async () => {
    expect(made.size).toBe(2);
    for (const [day, newsletter] of made) await check(day, newsletter);
  };

  it("makes the latest edition when no date is given", () => {
    expect(made.get(latest)!.newsletter.day).toBe(latest);
    expect(days.get(busiest)!.length).toBeGreaterThan(1);
  });

  it(
    "has every style inline, no script, no external stylesheet or font",
    each((_day, { html }) => {
      const { document } = parseHTML(html);
      expect(document.querySelectorAll("script").length).toBe(0);
      expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBe(0);
      expect(html).not.toMatch(/@import|@font-face|url\(/i);
      // What stays in a <style> is only for clients that read it: dark mode and narrow screens.
      for (const style of document.querySelectorAll("style")) {
        expect(style.textContent!.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, "").trim()).toBe("");
      }
      for (const element of document.querySelectorAll(
        "body td, body p, body a, body h1, body h2, body h3, body table",
      )) {
        expect(element.getAttribute("style"), element.outerHTML.slice(0, 80)).toMatch(/\S/);
      }
    }),
  );

  it(
    "is one table-based column no wider than 600 px",
    each((_day, { html }) => {
      const { document } = parseHTML(html);
      const tables = [...document.querySelectorAll("table")];
      expect(tables.length).toBeGreaterThanOrEqual(2);
      const column = tables.find((table) => table.getAttribute("width") === "600")!;
      expect(column.getAttribute("style")).toMatch(/max-width:\s*600px/);
      for (const element of document.querySelectorAll("[width], [style]")) {
        const width = Number(element.getAttribute("width") ?? "0");
        expect(width <= 600 || element.getAttribute("width") === "100%").toBe(true);
        for (const [, px] of (element.getAttribute("style") ?? "").matchAll(/(?:^|;)\s*(?:max-)?width:\s*(\d+)px/g))
          expect(Number(px)).toBeLessThanOrEqual(600);
      }
    }),
  );

  it(
    "links every story of the edition, the edition page, and only absolute links to the real site",
    each(async (day, { html }) => {
      const { document } = parseHTML(html);
      const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")!);
      for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.org\//);
      for (const story of days.get(day)!) expect(hrefs).toContain(story.url);
      const online = [...document.querySelectorAll("a")].find((a) => a.textContent === "Read online")!;
      expect(online.getAttribute("href")).toBe(`${HOME}${day.replace(/-/g, "/")}/`);
      // Each link leads to a page of the built sample site.
      const site = inject("sampleSite");
      for (const href of hrefs.filter((link) => !link.includes("/unsubscribe/"))) {
        const path = new URL(href).pathname;
        expect(existsSync(join(site, path.endsWith("/") ? `${path}index.html` : path)), href).toBe(true);
      }
    }),
  );

  it(
    "opens with the day in brief and shows each story's headline, source and brief by section",
    each((day, { html, newsletter }) => {
      const { document } = parseHTML(html);
      const text = normalise(document.body.textContent!);
      expect(text.indexOf("The day in brief")).toBeLessThan(text.indexOf(normalise(days.get(day)![0]!.title)));
      for (const story of days.get(day)!) {
        const link = [...document.querySelectorAll("h3 a")].find((a) => a.getAttribute("href") === story.url);
        expect(link?.textContent).toBe(story.title);
      }
      const stories = newsletter.sections.flatMap((section) => section.stories);
      expect(stories.length).toBe(days.get(day)!.length);
      for (const story of stories) {
        expect(story.brief.length).toBeGreaterThan(0);
        expect(text).toContain(normalise(story.brief));
      }
      expect(document.querySelectorAll("h2").length).toBe(newsletter.sections.length);
    }),
  );

  it(
    "stays under Gmail's clipping size and carries a hidden preheader from the day in brief",
    each((_day, { html, newsletter }) => {
      expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
      const { document } = parseHTML(html);
      const preheader = document.querySelector("body > div")!;
      expect(preheader.getAttribute("style")).toMatch(/display:\s*none/);
      expect(newsletter.leads.length).toBeGreaterThan(0);
      expect(normalise(newsletter.leads[0]!.sentence)).toContain(
        normalise(preheader.textContent!).replace(/…$/, "").slice(0, 40),
      );
    }),
  );

  it(
    "writes the same contents as text wrapped at 72 columns, each link written out",
    each((day, { text, html }) => {
      for (const line of text.split("\n")) {
        if (line.length > 72) expect(line.trim(), line).toMatch(/^(\S+: )?https:\/\/\S+$/);
      }
      const flat = normalise(text);
      expect(flat).toContain("THE DAY IN BRIEF");
      for (const story of days.get(day)!) {
        expect(flat).toContain(normalise(story.title));
        expect(text.split("\n").map((line) => line.trim())).toContain(story.url);
      }
      const { document } = parseHTML(html);
      for (const href of new Set([...document.querySelectorAll("a")].map((a) => a.getAttribute("href")!)))
        expect(text).toContain(href);
    }),
  );

  it(
    "makes a multipart/alternative message with both parts, the sender and the unsubscribe header",
    each(async (day, { message, html, text }) => {
      const mail = await simpleParser(message);
      expect((mail.headers.get("content-type") as { value: string }).value).toBe("multipart/alternative");
      expect(mail.html).toBe(html);
      expect(normalise(mail.text!)).toBe(normalise(text));
      expect(mail.subject).toContain(settings.title);
      expect(mail.subject).toMatch(new RegExp(String(Number(day.slice(8)))));
      expect(mail.from!.text).toContain(settings.newsletter.from!.match(/<(.+)>/)![1]);
      expect(mail.replyTo!.text).toContain(settings.newsletter.replyTo!);
      expect(message.toString("latin1")).toMatch(/^List-Unsubscribe: <https:\/\/example\.org\/unsubscribe\/>/m);
    }),
  );
});

describe("broadsheet newsletter", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "broadsheet-newsletter-"));
  });

  it("writes the .html, .txt and .eml of an edition, named after the site's title and the day, under the path prefix", async () => {
    const days = [...(await sampleDays()).keys()].sort();
    const day = days[Math.floor(days.length / 2)]!;
    const result = await cli(["--date", day, "--out", out, "--path-prefix", "/digest/"]);
    expect(result.code).toBe(0);
    const base = join(out, `the-broadsheet-sample-digest-${day}`);
    const html = await readFile(`${base}.html`, "utf8");
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    // Every link but the unsubscribe address set in site.json leads into the site under its prefix.
    expect(hrefs.filter((href) => href === settings.newsletter.listUnsubscribe)).toHaveLength(1);
    for (const href of hrefs.filter((link) => link !== settings.newsletter.listUnsubscribe))
      expect(href).toMatch(/^https:\/\/example\.org\/digest\//);
    expect(await readFile(`${base}.txt`, "utf8")).toContain(`https://example.org/digest/${day.replace(/-/g, "/")}/`);
    const mail = await simpleParser(await readFile(`${base}.eml`));
    expect(mail.html).toBe(html);
  });

  it("refuses a malformed date and a date that is not in the calendar, in one line", async () => {
    for (const date of ["13/09/2025", "2025-02-30"]) {
      const result = await cli(["--date", date, "--out", out]);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(date);
    }
  });

  it("refuses a day without an edition, naming the nearest editions before and after", async () => {
    const days = [...(await sampleDays()).keys()].sort();
    // The first gap of more than a day between two editions.
    const index = days.findIndex((day, i) => i > 0 && Date.parse(day) - Date.parse(days[i - 1]!) > 86_400_000);
    const [before, after] = [days[index - 1]!, days[index]!];
    const missing = new Date(Date.parse(before) + 86_400_000).toISOString().slice(0, 10);
    const result = await cli(["--date", missing, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`no edition on ${missing}`);
    expect(result.stderr).toContain(before);
    expect(result.stderr).toContain(after);
  });

  it("refuses a site whose url is still the default, and leaves drafts out", async () => {
    const content = await mkdtemp(join(tmpdir(), "broadsheet-newsletter-content-"));
    await mkdir(join(content, "_data"));
    await mkdir(join(content, "articles", "2025", "03", "11"), { recursive: true });
    const article = (title: string, extra = "") =>
      `---\ntitle: "${title}"\ndate: 2025-03-11T09:00:00Z\n${extra}---\n\n${title} happened today, officials said. More details followed later in the day, and the council met again.\n`;
    await writeFile(
      join(content, "articles", "2025", "03", "11", "harbour-opens.md"),
      article("New harbour opens to ferries"),
    );
    await writeFile(
      join(content, "articles", "2025", "03", "11", "draft.md"),
      article("Unfinished draft about the bridge", "draft: true\n"),
    );
    const site = { title: "Town Desk", newsletter: { from: "Town Desk <desk@example.net>" } };
    await writeFile(join(content, "_data", "site.json"), JSON.stringify(site));
    const refused = await cli(["--content", content, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("http://localhost:8080");
    expect(existsSync(join(out, "town-desk-2025-03-11.html"))).toBe(false);

    await writeFile(join(content, "_data", "site.json"), JSON.stringify({ ...site, url: "https://town.example.net" }));
    const written = await cli(["--content", content, "--out", out]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain("1 of 1 story");
    const base = join(out, "town-desk-2025-03-11");
    for (const ext of ["html", "txt", "eml"]) {
      const file = await readFile(`${base}.${ext}`, "utf8");
      expect(file).toContain("New harbour opens to ferries");
      expect(file).not.toContain("Unfinished draft");
    }

    // A broken article is named, the newsletter is still written from the others, and the exit code says so.
    const broken = join(content, "articles", "2025", "03", "11", "broken.md");
    await writeFile(broken, "---\ntitle: [unclosed\ndate: 2025-03-11\n---\n\nText.\n");
    const withBroken = await cli(["--content", content, "--out", out]);
    expect(withBroken.code).toBe(1);
    expect(withBroken.stderr).toContain("broken.md");
    expect(await readFile(`${base}.txt`, "utf8")).toContain("New harbour opens to ferries");
    expect(await readFile(broken, "utf8")).toContain("title: [unclosed");
    await rm(content, { recursive: true, force: true });
  });
});
