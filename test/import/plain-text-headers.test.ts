// Plain text: header labels in the article's language, a bare headline line, and datelines in other typographies.
import { describe, expect, it } from "vitest";
import { readHeaderLine } from "../../src/import/header-labels.ts";
import { parseDate } from "../../src/import/parse-date.ts";
import { parseDateline } from "../../src/import/parse-dateline.ts";
import { readBareHeadline } from "../../src/import/read-bare-headline.ts";

describe("header labels", () => {
  it.each([
    ["Titre : Un titre", "title"],
    ["Titre\u00a0: Un titre", "title"],
    ["Titel: Ein Titel", "title"],
    ["Título: Un título", "title"],
    ["Titolo: Un titolo", "title"],
    ["Fecha: 4 de marzo de 2025", "date"],
    ["Datum: 4. März 2025", "date"],
    ["Data: 2025-03-04", "date"],
    ["Quelle: Beispiel", "source"],
    ["Fonte: Esempio", "source"],
    ["Bron: Voorbeeld", "source"],
    ["Lien : https://example.com", "url"],
    ["Autor: Ana Souza", "byline"],
    ["Auteur : Claire Dubois", "byline"],
    ["Mots-clés : transports, grève", "tags"],
    ["Etiquetas: agua", "tags"],
  ])("reads %s as the %s", (line, key) => {
    expect(readHeaderLine(line)?.key).toBe(key);
  });

  it("does not take a sentence with a colon for a header", () => {
    expect(readHeaderLine("The minister said: we will act")).toBeUndefined();
    expect(readHeaderLine("PARIS : Le gouvernement a annoncé")).toBeUndefined();
  });
});

describe("a bare headline line", () => {
  const headline = (text: string) => readBareHeadline(text.split("\n"), 0)?.title;

  it("takes a short first line with no end punctuation and a blank line after", () => {
    expect(headline("Flood warnings spread across three states\n\nWASHINGTON, March 4 (AP) — Forecasters…")).toBe(
      "Flood warnings spread across three states",
    );
  });

  it.each([
    ["a sentence", "The council met on Monday.\n\nIt voted on the budget."],
    ["a line with no blank after it", "Flood warnings spread\nacross three states and more.\n\nMore text."],
    ["a byline", "By Jane Doe\n\nLONDON (Reuters) - Britain…"],
    ["a dateline paragraph", "LONDON (Reuters) - Britain said\n\nMore text."],
    ["a bullet", "- A highlight of the story\n\nThe story."],
    ["a single word", "Advertisement\n\nThe story."],
    ["the only text", "Flood warnings spread across three states\n\n"],
    ["a long paragraph", `${"word ".repeat(40).trim()}\n\nMore text.`],
  ])("leaves %s alone", (_, text) => {
    expect(headline(text)).toBeUndefined();
  });
});

describe("datelines and dates in other languages", () => {
  it.each([
    ["PARIS : Le gouvernement a annoncé", "Paris", undefined],
    ["PARIS\u202f: « Nous allons agir »", "Paris", undefined],
    ["PARIS, 4 mars (AFP) - Le gouvernement", "Paris", "AFP"],
    ["ÉVRY : La mairie a voté", "Évry", undefined],
    ["SÃO PAULO, 4 de março (Reuters) - O governo", "São Paulo", "Reuters"],
    ["BERLIN, 4. März (dpa) - Die Regierung", "Berlin", "dpa"],
    ["MADRID, 4 mar (EFE).- El Gobierno", "Madrid", "EFE"],
  ])("reads the dateline of %s", (paragraph, place, agency) => {
    const dateline = parseDateline(paragraph);
    expect(dateline?.place).toBe(place);
    expect(dateline?.agency).toBe(agency);
  });

  it.each([
    ["4 mars 2025", "2025-03-04"],
    ["1er avril 2025", "2025-04-01"],
    ["4. März 2025", "2025-03-04"],
    ["4 de marzo de 2025", "2025-03-04"],
    ["4 de março de 2025", "2025-03-04"],
    ["4 maart 2025", "2025-03-04"],
    ["04.03.2025", "2025-03-04"],
  ])("reads the date %s", (text, day) => {
    expect(parseDate(text, "UTC")?.slice(0, 10)).toBe(day);
  });
});
