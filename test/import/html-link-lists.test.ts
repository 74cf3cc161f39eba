// The HTML importer keeps a story's own lists of linked sentences and cuts the related-links lists around them.
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/model/plain-text.ts";
import { importHtml } from "../helpers/import-html.ts";

const OPENING = [
  "The regional audit office said on Thursday that the harbour authority had put off repairs to three of its five ferry slips for more than a decade, and that the cost of catching up had doubled as a result.",
  "The report, the first full audit of the authority since it was set up in 1998, lists what went wrong:",
];
const CLOSING = [
  "The authority's chair, Marta Ilić, said the board accepted every finding and would publish a repair plan before the end of the year, with dates for each slip and a named engineer in charge of each.",
  "Opposition councillors called for the board to resign, saying that the warnings in 2019 had been ignored while money went to a marina used mostly by visiting yachts.",
  "The audit office will report again in two years, and said it would check then whether the plan had been followed and whether the money promised for the slips had been spent on them.",
];
// Most of each item's text is its link: by link density alone the list reads as navigation.
const FINDINGS = [
  '<a href="https://audit.example/report#p12">Inspections of the timber piles lapsed in 2014</a> and stopped.',
  '<a href="https://audit.example/report#p19">The repair budget was moved to the marina project</a> twice.',
  '<a href="https://audit.example/report#p23">Board minutes show members were warned in 2019</a>.',
  'No one <a href="https://audit.example/report#p31">was made responsible for the slips\' condition</a>.',
];
const RELATED = ["Ferry slip to close for repairs", "Marina opens with fanfare", "Harbour chief steps down"];
const MORE = [
  "Councillors demand answers over marina spending",
  "Why are ferry fares rising again?",
  "Map: the harbour's five slips and their condition",
];

const plain = (html: string): string => html.replace(/<[^>]+>/g, "");
const list = (items: string[], attributes = ""): string =>
  `<ul${attributes}>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
const links = (titles: string[]): string[] =>
  titles.map((title, i) => `<a href="/news/${i}">${title}</a> <span>3 May 2025</span>`);

/** A news page: the story with its list of findings, a headed related list inside the article and a bare one after it. */
function page(findings: string[], quotes = ""): string {
  return `<!doctype html><html lang="en"><head><title>Audit finds ferry repairs overdue</title></head><body>
<header><a href="/">Coast Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Audit finds ferry repairs overdue</h1><p>By Ana Lopez</p>
${OPENING.map((text) => `<p>${text}</p>`).join("")}${list(findings)}${CLOSING.slice(0, 2)
  .map((text) => `<p>${text}</p>`)
  .join("")}
<h3>Related</h3>${list(links(RELATED), ' class="x1"')}${quotes}<p>${CLOSING[2]}</p>
<div>${list(MORE.map((title, i) => `<a href="/more/${i}">${title}</a>`))}</div>
</article></main><footer><p>© 2025 Coast Courier</p></footer></body></html>`;
}

describe("link lists in a saved page", () => {
  it("keeps every item of a list of linked sentences in the story, as a list", async () => {
    const { body } = await importHtml(page(FINDINGS));
    for (const item of FINDINGS) expect(plainText(body)).toContain(plain(item));
    expect(body).toMatch(/^- \[Inspections of the timber piles/m);
    for (const text of [...OPENING, ...CLOSING]) expect(body).toContain(text.slice(0, 60));
  });

  it("cuts the related-links lists, headed or not, and reports them", async () => {
    const article = await importHtml(page(FINDINGS));
    for (const title of [...RELATED, ...MORE]) expect(article.body).not.toContain(title);
    const reported = article.removed.map((removal) => removal.text).join(" ");
    for (const title of [...RELATED, ...MORE]) expect(reported).toContain(title);
  });

  it("keeps the list when Readability takes a long quotation for the story and leaves the list beside it", async () => {
    const passage = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the quoted memoir: we broke the ice on the mill race every winter morning before light, so that the wheel would not lock, and by midsummer farmers from three valleys brought their grain to us, because the big mill downriver charged a fifth of every sack and we asked a tenth.</p>`,
    ).join("");
    const { body } = await importHtml(
      page(
        FINDINGS,
        `<p>Her memoir, published this month, ends with a passage about the mill that reviewers have singled out:</p><blockquote>${passage}</blockquote>`,
      ),
    );
    for (const item of FINDINGS) expect(plainText(body)).toContain(plain(item));
    expect(body).toContain("> Paragraph 5 of the quoted memoir");
    expect(body).toContain(CLOSING[2]!.slice(0, 60));
  });
});
