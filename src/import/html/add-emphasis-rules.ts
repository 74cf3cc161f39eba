// Turndown rules for bold and italics that always give well-formed Markdown emphasis: no `**Text: **`, no stray markers.
import type TurndownService from "turndown";

const KINDS = [
  { name: "strong", tags: ["STRONG", "B"], delimiter: "**" },
  { name: "emphasis", tags: ["EM", "I"], delimiter: "*" },
] as const;

const WORD = /[\p{L}\p{N}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

const INLINE = /^(A|SPAN|STRONG|B|EM|I|U|S|SMALL|SUB|SUP|MARK|ABBR|CITE|Q|TIME|FONT|DFN|INS|DEL)$/;

const isBreak = (node: Node): boolean => node.nodeName.toUpperCase() === "BR";

/** The sibling that touches `node` on one side, passing over siblings with no text (an empty <span>) but not a line break. */
function touching(node: Node, side: "before" | "after"): Node | null {
  let sibling = side === "before" ? node.previousSibling : node.nextSibling;
  while (sibling && !sibling.textContent && !isBreak(sibling))
    sibling = side === "before" ? sibling.previousSibling : sibling.nextSibling;
  return sibling;
}

/** The character next to `node` on one side in the text of its block, or "" at the edge of the block. */
export function neighbour(node: Node, side: "before" | "after"): string {
  let current: Node | null = node;
  while (current) {
    const sibling = touching(current, side);
    if (sibling && isBreak(sibling)) return "\n";
    if (sibling) return side === "before" ? sibling.textContent!.slice(-1) : sibling.textContent!.slice(0, 1);
    // Out of an inline parent (a link, a span): its neighbour touches this text too. A block ends the search.
    const parent: Node | null = current.parentNode;
    current = parent && parent.nodeType === 1 && INLINE.test((parent as Element).tagName.toUpperCase()) ? parent : null;
  }
  return "";
}

/**
 * A replacement that keeps white space and hard breaks outside the markers (CommonMark does not read `**Text: **` as
 * bold), drops emphasis with no text, writes no markers inside the same emphasis (`**a **b** c**`), and leaves a space between a marker that ends in punctuation and a letter,
 * which CommonMark would not read as closing (`**Dateline —**The`).
 */
function replacement(tags: readonly string[], delimiter: string) {
  return (content: string, node: Node): string => {
    const [, lead = "", core = "", trail = ""] = /^([\s\u00a0]*)([\s\S]*?)([\s\u00a0]*)$/.exec(content) ?? [];
    // Bold or italic punctuation alone reads the same plain, and its markers could not pair up beside a word.
    if (!WORD.test(core)) return lead + core + trail;
    // Inside the same emphasis, or spanning blocks: markers there would not pair up, the text alone reads right.
    let parent = node.parentNode;
    while (parent && parent.nodeType === 1 && !tags.includes((parent as Element).tagName.toUpperCase()))
      parent = parent.parentNode;
    if ((parent && parent.nodeType === 1) || /\n\s*\n/.test(core)) return lead + core + trail;
    // Turndown puts the element's own edge spaces outside the replacement: only a run touching a letter needs one.
    const own = node.textContent ?? "";
    const letterBefore = !lead && !/^\s/.test(own) && WORD.test(neighbour(node, "before"));
    const letterAfter = !trail && !/\s$/.test(own) && WORD.test(neighbour(node, "after"));
    const before = letterBefore && PUNCTUATION.test(core.slice(0, 1)) ? " " : "";
    const after = letterAfter && PUNCTUATION.test(core.slice(-1)) ? " " : "";
    // Bold at the edge of italics ("***a**b*") pairs up wrongly: underscores there, where no letter touches them.
    const underscores = /^\*|\*$/.test(core) && (before || !letterBefore) && (after || !letterAfter);
    const open = underscores ? delimiter.replace(/\*/g, "_") : delimiter;
    const close = open;
    return `${lead}${before}${open}${core}${close}${after}${trail}`;
  };
}

const kindOf = (node: Node | null): string | undefined =>
  node?.nodeType === 1
    ? KINDS.find(({ tags }) => (tags as readonly string[]).includes(node.nodeName.toUpperCase()))?.name
    : undefined;

/** Joins touching runs of the same emphasis (`<b>a</b><b>b</b>`) into one, so no `**a****b**` is written. Mutates `root`. */
export function joinEmphasisRuns(root: Element): void {
  for (const element of [...root.querySelectorAll("strong, b, em, i")]) {
    const kind = kindOf(element);
    let next = touching(element, "after");
    while (element.parentNode && next && kindOf(next) === kind) {
      // The empty nodes passed over (an empty <span>) go inside too, so nothing is lost or reordered.
      while (element.nextSibling && element.nextSibling !== next) element.appendChild(element.nextSibling);
      while (next.firstChild) element.appendChild(next.firstChild);
      (next as Element).remove();
      next = touching(element, "after");
    }
  }
}

/** Adds the bold and italic rules to `service`, replacing turndown's own. */
export function addEmphasisRules(service: TurndownService): void {
  for (const { name, tags, delimiter } of KINDS) {
    service.addRule(name, {
      filter: (node) => tags.includes(node.nodeName.toUpperCase() as never),
      replacement: replacement(tags, delimiter),
    });
  }
}
