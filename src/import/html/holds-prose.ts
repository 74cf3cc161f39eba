// Says whether a link-heavy block carries prose outside its links (a story's list of linked sentences), so no link-list cut takes it.

/** Words outside the links that an item of prose has at least (default: 4): "by Ana Lopez" or "3 May" are not prose. */
const MIN_WORDS_OUTSIDE = 4;
/** Words an item that ends in a sentence stop outside its links has at least (default: 5). */
const MIN_SENTENCE_WORDS = 5;
/** Share of the items (default: 0.5) that must read as prose for the block to be story. */
const PROSE_SHARE = 0.5;

// Words a teaser list puts beside its links (timestamps, bylines, counts): they do not make an item prose.
const FURNITURE_WORDS = new Set(
  "by ago min mins minute minutes hour hours day days week weeks read updated published comments comment photos video watch listen new jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(
    " ",
  ),
);

const WORD = /\p{L}[\p{L}'’-]*/gu;
const LIST = /^(UL|OL|DL)$/;
const ROWS = /^(TABLE|TBODY|THEAD)$/;
const BLOCK = /^(P|DIV|SECTION|ARTICLE|UL|OL|DL|LI|DD|DT|TABLE|TR|BLOCKQUOTE|H[1-6])$/;

/** The text of `node` that sits outside any link. */
function textOutsideLinks(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 || (node as Element).tagName.toUpperCase() === "A") return "";
  let text = "";
  for (const child of node.childNodes) text += textOutsideLinks(child);
  return text;
}

/**
 * True when `item` reads as a sentence or a clause rather than a link with a label: several words outside its links
 * ("The <a>repair budget</a> was moved twice."), or a sentence that ends outside its link ("<a>Members were warned in
 * 2019</a>."). A headline ending in a question mark inside its link is a link, not prose.
 */
export function isProseItem(item: Element): boolean {
  const whole = (item.textContent ?? "").replace(/\s+/g, " ").trim();
  const outside = textOutsideLinks(item).replace(/\s+/g, " ").trim();
  const words = (outside.match(WORD) ?? []).filter(
    (word) => word.length > 1 && !FURNITURE_WORDS.has(word.toLowerCase()),
  );
  if (words.length >= MIN_WORDS_OUTSIDE) return true;
  const sentenceEnd = /[.;:…][”’"')\]]*$/.test(outside) && /[.;:…][”’"')\]]*$/.test(whole);
  return sentenceEnd && (whole.match(WORD) ?? []).length >= MIN_SENTENCE_WORDS;
}

/** The items of a block: a list's entries, a table's rows, a wrapper's blocks, or the block itself. */
function itemsOf(block: Element): Element[] {
  const tag = block.tagName.toUpperCase();
  if (LIST.test(tag)) return [...block.children].filter((child) => /^(LI|DD|DT)$/i.test(child.tagName));
  if (ROWS.test(tag)) return [...block.querySelectorAll("tr")];
  if (tag === "P") return [block];
  const blocks = [...block.children].filter((child) => BLOCK.test(child.tagName.toUpperCase()));
  // A wrapper of one list is judged as that list.
  if (blocks.length === 1 && blocks[0] !== block) return itemsOf(blocks[0]!);
  return blocks.length > 0 ? blocks : [block];
}

/** True when at least half of the block's items (with text) carry prose outside their links: story, not navigation. */
export function holdsProse(block: Element): boolean {
  const items = itemsOf(block).filter((item) => (item.textContent ?? "").trim() !== "");
  if (items.length === 0) return false;
  return items.filter(isProseItem).length >= items.length * PROSE_SHARE;
}
