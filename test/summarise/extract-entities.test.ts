// People, places and organisations on the kinds of text where they went wrong: each is a page on the site.
import { describe, expect, it } from "vitest";
import { digestArticle } from "../../src/summarise/index.ts";

const entitiesOf = (text: string, title = ""): { people: string[]; places: string[]; organisations: string[] } => {
  const { people, places, organisations } = digestArticle({ title, text });
  return { people, places, organisations };
};

describe("extractEntities", () => {
  it("does not take a shop's name for a person ('Home Depot', 'Craftsman Tools')", () => {
    const { people } = entitiesOf(
      "Kmart will buy Sears for $11 billion. The new company will compete with Wal-Mart and Home Depot. " +
        "Sears sells Craftsman Tools in its stores. Sears chief executive Alan Lacy said the deal made sense.",
    );
    expect(people).toContain("Alan Lacy");
    expect(people).not.toContain("Home Depot");
    expect(people).not.toContain("Craftsman Tools");
  });

  it("keeps nationality words and leading places out of people's names", () => {
    const { people, places } = entitiesOf(
      "The Austrian People's Party lost seats. A Chilean court ruled on Monday. " +
        "China Anami Koreshige was summoned. Anami said the talks were useful.",
    );
    expect(people.some((p) => /Austrian|Chilean|^China/.test(p))).toBe(false);
    expect(places).toContain("China");
  });

  it("does not start a name with a capitalised word that opens the sentence ('Yesterday Mohamed')", () => {
    const { people } = entitiesOf(
      "Ahmed Mohamed built a clock. Yesterday Mohamed visited the White House. Mohamed said he was happy.",
    );
    expect(people).toContain("Ahmed Mohamed");
    expect(people.some((p) => p.startsWith("Yesterday"))).toBe(false);
  });

  it("strips titles, including an office after 'of', from people's names", () => {
    const { people } = entitiesOf(
      "Secretary of State Henry Kissinger met the general. The Minister of Agriculture Mundia Sikatana spoke. " +
        "Prime Minister John Key agreed. Kissinger left on Friday.",
    );
    expect(people).toEqual(expect.arrayContaining(["Henry Kissinger", "Mundia Sikatana", "John Key"]));
    expect(people.some((p) => /\b(State|Agriculture|Minister|Prime)\b/.test(p))).toBe(false);
  });

  it("takes one capitalised word for a person only after an honorific or an office", () => {
    const { people } = entitiesOf(
      "The film star Wars spoke to host Frank on the show. President Lula arrived in Brasilia. Lula smiled.",
    );
    expect(people).toContain("Lula");
    expect(people).not.toContain("Wars");
    expect(people).not.toContain("Frank");
  });

  it("does not report model numbers, Roman numerals or words in capitals as organisations", () => {
    const { organisations } = entitiesOf(
      "NASA tracked asteroid 2004 MN4 with the RS68 engine team. Pope Benedict XVI wrote. " +
        "The spam filter caught SPAM from the IBM network. IBM said it would act.",
    );
    expect(organisations).toEqual(expect.arrayContaining(["NASA", "IBM"]));
    for (const wrong of ["MN4", "RS68", "XVI", "SPAM"]) expect(organisations).not.toContain(wrong);
  });

  it("splits an organisation from the person named after it", () => {
    const { people, organisations } = entitiesOf(
      "The Labour Party and Frederick Fung lost seats, said Michael Skinner of Slate Magazine. Fung said little.",
    );
    expect(organisations).toContain("Labour Party");
    expect(organisations.some((o) => /Fung|Skinner/.test(o))).toBe(false);
    expect(people).toEqual(expect.arrayContaining(["Frederick Fung", "Michael Skinner"]));
  });

  it("orders people by mentions, then by first appearance", () => {
    const { people } = entitiesOf(
      "Mary Jones met David Brown. David Brown said the plan would work. Brown added that Jones agreed. Mr Brown left.",
    );
    expect(people.slice(0, 2)).toEqual(["David Brown", "Mary Jones"]);
  });

  it("gives the same entities on every run", () => {
    const text =
      "Defence Minister Khawaja Asif spoke in Islamabad. Kh Asif later met the TTP's critics in Kabul. Asif said talks would go on.";
    expect(entitiesOf(text)).toEqual(entitiesOf(`${text}`));
    expect(entitiesOf(text).people).toEqual(["Khawaja Asif"]);
  });
});
