// Converts article HTML to Markdown with turndown, keeping links, lists, quotes and headings, and no unsafe links.
import TurndownService from "turndown";
import { addEmphasisRules, joinEmphasisRuns, neighbour } from "./add-emphasis-rules.ts";
import { parseHtml } from "./parse-html.ts";

/** Link schemes that run code or embed data: the text stays, the link goes. */
const UNSAFE = /^\s*(javascript|data|vbscript|file):/i;

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "*",
    hr: "---",
  });
  service.remove([
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "select",
    "textarea",
    "img",
    "picture",
    "video",
    "audio",
    "svg",
    "figure",
    "figcaption",
  ] as never);
  service.addRule("safeLink", {
    filter: (node) => node.nodeName === "A",
    replacement(content, node) {
      const href = (node as Element).getAttribute("href")?.trim() ?? "";
      const text = content.trim();
      // Fragment and unsafe links carry nothing a reader can follow outside the page.
      if (!text) return "";
      if (!href || href.startsWith("#") || UNSAFE.test(href)) return content;
      const title = (node as Element).getAttribute("title");
      // Spaces and line breaks at the edges go outside the brackets, as with emphasis: "[\ntext]" is not a link.
      const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(content) ?? [];
      // "!" just before "[" would make the link an image.
      const bang = !lead && neighbour(node, "before") === "!" ? " " : "";
      return `${lead}${bang}[${core}](${href.replace(/[()\s]/g, encodeURIComponent)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})${trail}`;
    },
  });
  addEmphasisRules(service);
  service.addRule("listItem", {
    filter: "li",
    // One space after the marker (turndown's default is three), as people write lists by hand.
    replacement(content, node, options) {
      const parent = node.parentNode as Element | null;
      const ordered = parent?.nodeName === "OL";
      const index = ordered
        ? [...parent!.children].indexOf(node as Element) + Number(parent!.getAttribute("start") ?? 1)
        : 0;
      const marker = ordered ? `${index}.` : (options.bulletListMarker ?? "-");
      const body = content
        .replace(/^\n+/, "")
        .replace(/\n+$/, "\n")
        .replace(/\n/gm, `\n${" ".repeat(marker.length + 1)}`);
      return `${marker} ${body.trimEnd()}${node.nextSibling ? "\n" : ""}`;
    },
  });
  return service;
}

let service: TurndownService | undefined;

/** The Markdown for `html` (a string or an element, which is changed in place): blocks separated by one blank line, trimmed. */
export function htmlToMarkdown(html: string | Element): string {
  service ??= createService();
  const root = typeof html === "string" ? (parseHtml(html).body as unknown as Element) : html;
  joinEmphasisRuns(root);
  const markdown = service.turndown(root as unknown as string);
  return markdown
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
