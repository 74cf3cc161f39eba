// A long quotation inside a story is never taken for comment spam; spam after the story still goes.
import { describe, expect, it } from "vitest";
import { removeJunk } from "../../src/import/remove-junk.ts";
import { importHtml } from "../helpers/import-html.ts";

const STORY = [
  "Marta Ilić grew up at the last working water mill in the upper valley, and her memoir of those years, published this month by a small press in the county town, has become the most borrowed book in the regional library.",
  "The mill closed in 1987, when the dam upstream took half its water, and the building now belongs to a trust that opens it to visitors on summer weekends and hopes to turn the wheel again by next year.",
  "Reviewers have praised the book's plain style and its refusal to make the hard winters sound romantic. The trust says visitor numbers have tripled since it came out.",
];

// In the memoir's own voice ("I", "you"), far from the story's words, with a link and words that sound like a promotion.
const QUOTATION = [
  "We came to this valley in the spring of the year the river froze twice, my father and I and the two mules, and we found the building standing empty with its wheel pulled out of the race. You could see where the last owner had tried to mend the spokes with fence wire and given up. Nobody in the village would tell us who he had been, only that he had gone south, and that the place had never paid.",
  "My father said a mill that never paid was a mill nobody had run properly, and he set to work on the wheel the first morning. I carried the planks. By midsummer the wheel turned, and by autumn farmers from three valleys were bringing their grain to us, because the big works downriver charged a fifth of every sack and we asked a tenth. Call it the best price in the county, my father used to say, and you will never want for customers.",
  "The winters were the hard part. The race froze from the edges inward, and every morning before light one of us went down with an axe to break the ice, so that the wheel would not lock. I remember the sound of it more than anything else from those years: the axe, the ice, and then the first groan of the wheel as the water took it. Visit any plant today and you will hear nothing like it, for the turbines hum and do not groan.",
  "When I was sixteen a man came up from the city and offered to buy the place for more money than my father had seen in his life. He wanted the water rights, not the building; he planned a dam. My father took him down to the race and showed him the wheel and asked him whether he had ever broken ice at five in the morning. The man laughed and said he had people for that. My father said that was the trouble with the city, and sent him home.",
  "He was wrong about the dam, as it turned out, because it was built ten years later a little further up. But he was right about the people, and I have thought about that conversation more often than about any other in my life. You can read the whole of it, and the letters that followed, in the collection the county archive published last year at https://archive.example.org/letters, free to anyone who asks; check out my notes there too.",
  "My mother kept the accounts in a school exercise book, one line for every sack, and I have it still. In the good years the lines run to the bottom of every page; in the year of the dam they stop in March. You can see her handwriting change as the entries thin out, from a careful round hand to something quicker and smaller, as if she did not want to spend much ink on so little.",
  "I still go back some mornings in January, stand on the footbridge and listen. You will think me foolish, but I can hear it.",
];

const SPAM =
  "naturally like your web site however you need to take a look at the spelling on several of your posts, check out my page for cheap essay help at www.example-essays.biz";

describe("a long quotation at the end of a story", () => {
  it("is kept whole when it comes as a Markdown quotation, and spam after it still goes", () => {
    const quote = QUOTATION.map((paragraph) => `> ${paragraph}`).join("\n>\n");
    expect(quote.length).toBeGreaterThan(2500);
    const { kept, removed } = removeJunk([...STORY, quote, SPAM]);
    expect(kept).toEqual([...STORY, quote]);
    expect(removed.map((removal) => removal.text)).toEqual([SPAM]);
  });

  it("is kept whole when a saved page sets it in a <blockquote> with a link", async () => {
    const html = `<!doctype html><html lang="en"><head><title>The last miller's daughter</title></head><body>
<header><a href="/">Valley Post</a></header><article><h1>The last miller's daughter</h1>
${STORY.map((text) => `<p>${text}</p>`).join("")}<blockquote>${QUOTATION.map((text) => `<p>${text.replace("https://archive.example.org/letters", '<a href="https://archive.example.org/letters">archive.example.org/letters</a>')}</p>`).join("")}</blockquote>
</article><section class="c-thread"><h2>3 comments</h2><div class="c-item"><p>${SPAM}</p></div></section></body></html>`;
    const { body, removed } = await importHtml(html);
    for (const paragraph of QUOTATION) expect(body).toContain(`> ${paragraph.slice(0, 80)}`);
    expect(body).not.toContain("naturally like your web site");
    expect(removed.some((removal) => removal.text.includes("naturally like your web site"))).toBe(true);
  });

  it("still removes a short promotion signed as a comment after a story", () => {
    const signed = "Dave K. says: great post, for the best prices on garden tools visit my shop, we deliver anywhere";
    const { kept, removed } = removeJunk([...STORY, signed]);
    expect(kept).toEqual(STORY);
    expect(removed[0]!.reason).toMatch(/^comment spam/);
  });
});
