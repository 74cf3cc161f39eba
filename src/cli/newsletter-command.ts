// `broadsheet newsletter`: one edition as email-ready HTML, plain text and a ready .eml message.
import { join } from "node:path";
import { makeSlug } from "../model/make-slug.ts";
import { hashText } from "../util/hash.ts";
import { readSiteSettings } from "../util/site-settings.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import type { Command } from "./command.ts";
import { parseOptions } from "./usage-error.ts";

const HELP = `Usage: broadsheet newsletter [options]

Writes one edition (default: the latest) as a newsletter: <title>-YYYY-MM-DD.html
(styles inlined, one 600 px column, every link absolute to the site's url), .txt
(the same, wrapped at 72 columns) and .eml (a ready multipart message with both).
Drafts are left out. Settings, in content/_data/site.json: "url" (the public address),
and "newsletter": { "from", "replyTo" (optional), "listUnsubscribe" (optional: an
address or URL, sent as the List-Unsubscribe header) }.

Options:
  --date <YYYY-MM-DD>     the edition's day (default: the latest edition)
  --out <folder>          where the files go (default: the current folder)
  --content <folder>      the content folder (default: content)
  --path-prefix <path>    the sub-path the site is served under, as for build (default: /)
  -h, --help              this help

Exit codes: 0 written, 1 no newsletter (the reason in one line) or written but some
article had problems (listed), 2 wrong usage.`;

export const newsletterCommand: Command = {
  summary: "write an edition as an email newsletter (.html, .txt, .eml)",
  help: HELP,
  async run(args) {
    const { values } = parseOptions(args, {
      date: { type: "string" },
      out: { type: "string" },
      content: { type: "string" },
      "path-prefix": { type: "string" },
    });
    const content = values.content ?? "content";
    const settings = readSiteSettings(content);
    // Loaded when needed, so that `--help` and the other commands start fast.
    const { makeNewsletter, NewsletterError } = await import("../newsletter/index.ts");
    let made: Awaited<ReturnType<typeof makeNewsletter>>;
    try {
      made = await makeNewsletter(settings, {
        content,
        ...(values["path-prefix"] ? { pathPrefix: values["path-prefix"] } : {}),
        ...(values.date !== undefined ? { day: values.date } : {}),
      });
    } catch (error) {
      if (!(error instanceof NewsletterError)) throw error;
      console.error(`broadsheet newsletter: ${error.message}`);
      return 1;
    }
    const { newsletter, html, text, message, problems } = made;
    for (const problem of problems) console.error(problem.message);
    const base = join(
      values.out ?? ".",
      `${makeSlug(settings.title, hashText(settings.title, 8)) || "newsletter"}-${newsletter.day}`,
    );
    await writeAtomic(`${base}.html`, html);
    await writeAtomic(`${base}.txt`, text);
    await writeAtomic(`${base}.eml`, message);
    const shown = newsletter.count - newsletter.omitted;
    const kb = (Buffer.byteLength(html) / 1024).toFixed(1);
    console.error(
      `Wrote ${base}.html (${kb} KB), .txt and .eml: the edition of ${newsletter.day}, ${shown} of ${newsletter.count} ${newsletter.count === 1 ? "story" : "stories"}` +
        `${newsletter.omitted ? ` (the rest linked online)` : ""}.${problems.length ? ` ${problems.length} article(s) had problems and were left out.` : ""}`,
    );
    return problems.length ? 1 : 0;
  },
};
