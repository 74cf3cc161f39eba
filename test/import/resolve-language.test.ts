// A page's declared language stands unless its text is clearly in another one.
import { describe, expect, it } from "vitest";
import { resolveLanguage } from "../../src/import/resolve-language.ts";

const english =
  "The harbour at Dover reopened on Monday after the storm damaged two piers, the port authority said. Ferries returned on Tuesday and the operators expect normal timetables by the weekend, although repairs to the outer pier will take most of the year.";
const german =
  "Schülerinnen und Schüler sollen vom kommenden Schuljahr an kostenlos mit Bussen und Bahnen in der Stadt fahren dürfen. Der Stadtrat stimmte am Dienstag mit großer Mehrheit für das Vorhaben, dessen Kosten die Stadt selbst tragen will.";
const portuguese =
  "A prefeitura anunciou nesta terça-feira que o metrô passará a funcionar até as duas da manhã aos sábados e domingos a partir do próximo mês, atendendo a um pedido antigo de trabalhadores de bares e restaurantes da cidade.";
const russian =
  "Городской совет во вторник одобрил план строительства трёх новых школ в северных районах города, где число учеников за последние пять лет выросло почти вдвое, а классы переполнены. Первая из школ должна открыться уже в сентябре следующего года.";

describe("resolveLanguage", () => {
  it("takes the text's language over a page that declares German for an English story", () => {
    expect(resolveLanguage("de", english)).toBe("en");
    expect(resolveLanguage("fr", english)).toBe("en");
  });

  it("takes the text's language when the declared one is in another script", () => {
    expect(resolveLanguage("de", russian)).toBe("ru");
  });

  it("keeps the declared language when the text agrees with it", () => {
    expect(resolveLanguage("de", german)).toBe("de");
    expect(resolveLanguage("en", english)).toBe("en");
  });

  it("keeps the declared language when the text is too short to contradict it", () => {
    expect(resolveLanguage("de", "Rail strike halts freight across the border.")).toBe("de");
  });

  it("keeps the declared language of a close neighbour the detector might prefer", () => {
    expect(resolveLanguage("es", portuguese)).toBe("es");
    expect(resolveLanguage("nl", german)).toBe("nl");
  });

  it("keeps the declared language of a story that quotes a long passage in another", () => {
    const mixed = [german, english, german, german].join("\n\n");
    expect(resolveLanguage("de", mixed)).toBe("de");
  });

  it("detects the language when none is declared", () => {
    expect(resolveLanguage(undefined, german)).toBe("de");
  });
});
