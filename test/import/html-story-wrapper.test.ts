// The HTML importer keeps a story whose own wrapper carries a furniture-like class name, and still cuts the furniture so named.
import { describe, expect, it } from "vitest";
import { htmlFormat } from "../../src/import/formats/html.ts";
import type { InputFile } from "../../src/import/read-input.ts";

const STORY = [
  "The harbour authority voted on Tuesday to close the old ferry slip at Kettle Point for six months, after divers found that two of its timber piles had rotted through below the waterline.",
  "Ferries will use the cargo quay in the meantime, which adds about ten minutes to the crossing and means foot passengers must walk through the freight yard, a route the council has promised to fence and light before the first sailing.",
  "“We would rather lose a summer than a boat,” said Ines Varga, the authority’s chief engineer, who told the meeting that the piles were last inspected in 2019 and had looked sound then.",
  "Repairs are expected to cost about 1.4 million, most of it for steel piles to replace the timber ones, and the authority will ask the regional government to pay half, as it did when the north slip was rebuilt.",
  "Traders on the waterfront said the closure would hurt the cafés that rely on passengers waiting for the ferry, and asked for the temporary route to be signposted from the old slip.",
];

const FURNITURE = {
  share: "Share this story on Facebook Share on X Email a friend",
  promo: "Get our free morning briefing: the five stories you need, in your inbox before seven.",
  advert: "Advertisement: Holiday homes by the sea from 99 a night, book now.",
  consent: "We and our partners use cookies to personalise content. Accept or manage your choices.",
  pager: "Page 1 2 3 Next",
};

const COMMENTS = [
  "I have taken that ferry every weekday for eleven years and the slip has looked tired for most of them, so this is overdue, but the cargo quay route is going to be miserable in winter with the lorries turning.",
  "Half a year is optimistic. When they rebuilt the north slip the work was meant to take four months and it took nine, and nobody on the authority ever explained why the contractor kept leaving the site.",
  "Good decision. Better to close it now than wait for an accident. My father worked on the piles in the seventies and always said the timber would not last another fifty years in that water.",
  "Will the cafés get any help with rent while the slip is shut? The council found money for the marina quickly enough, and these are small family businesses that have served the town for decades.",
];

/**
 * A saved news page: the headline outside the story's wrapper, the story's opening paragraphs before it and the rest
 * inside `<div class="{wrapper}">` (as a metered site wraps what follows the opening), a long comment thread, and
 * furniture named by the same words as the wrapper. The wrapper holds less than half of the page's text.
 */
function page(wrapper: string): string {
  const paragraphs = STORY.map((text) => `<p>${text}</p>`);
  const comments = COMMENTS.map(
    (text, i) =>
      `<li class="c-item"><div class="c-head">reader${i + 1}</div><div class="c-text"><p>${text}</p></div></li>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><title>Ferry slip to close for repairs - Coast Courier</title>
<meta property="og:title" content="Ferry slip to close for repairs"><meta property="article:published_time" content="2025-05-06T09:00:00Z"></head>
<body><div class="consent-layer"><p>${FURNITURE.consent}</p><button>Accept</button></div>
<div class="site-top"><a href="/">Coast Courier</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div class="page"><div class="headline-block"><h1>Ferry slip to close for repairs</h1><p class="byline">By Tomas Reyes</p></div>
<div class="social-tools"><a href="https://x.example/share">${FURNITURE.share}</a></div>
<div class="text">${paragraphs.slice(0, 1).join("")}
<div class="${wrapper}">${paragraphs.slice(1, 3).join("")}
<div class="promo-box"><p>${FURNITURE.promo}</p></div>
<div class="sponsor-slot"><p>${FURNITURE.advert}</p></div>
${paragraphs.slice(3).join("")}</div></div>
<div class="pager"><a href="?p=1">Page 1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next</a></div>
<div class="talk"><h2>Readers respond</h2><ol class="c-list">${comments}</ol></div></div>
<div class="site-bottom"><p>© 2025 Coast Courier</p></div></body></html>`;
}

function file(text: string): InputFile {
  return {
    path: "inbox/page.html",
    name: "page.html",
    ext: "html",
    text,
    encoding: "utf-8",
    mtime: new Date(Date.UTC(2025, 4, 6)),
    size: text.length,
    binary: false,
    warnings: [],
  };
}

describe("a story wrapper named like furniture", () => {
  // Each wrapper's class carries a word the furniture patterns know (share, promo, advert, consent, pager, related).
  it.each([
    "story-body social-share-enabled",
    "promo-article-text",
    "entry sponsor-ready",
    "body-copy consent-required",
    "article-text pager-top",
    "content recommended-layout",
  ])("keeps every paragraph of a story wrapped in class %s, and cuts the furniture", async (wrapper) => {
    const { articles } = await htmlFormat.extract(file(page(wrapper)), { zone: "UTC" });
    const body = articles[0]!.body;
    for (const paragraph of STORY) expect(body).toContain(paragraph.slice(0, 60));
    for (const text of Object.values(FURNITURE)) expect(body).not.toContain(text.slice(0, 30));
  });
});
