// Detects the language of an article's text, as an ISO 639-1 code where one exists.
import { topLanguage } from "./top-language.ts";

// franc answers in ISO 639-3; pages and feeds use ISO 639-1.
const ISO_639_1: Record<string, string> = {
  eng: "en",
  fra: "fr",
  deu: "de",
  spa: "es",
  por: "pt",
  ita: "it",
  nld: "nl",
  rus: "ru",
  ukr: "uk",
  pol: "pl",
  tur: "tr",
  arb: "ar",
  urd: "ur",
  hin: "hi",
  ben: "bn",
  pes: "fa",
  cmn: "zh",
  jpn: "ja",
  kor: "ko",
  ind: "id",
  vie: "vi",
  tha: "th",
  swe: "sv",
  ron: "ro",
  ces: "cs",
  ell: "el",
  hun: "hu",
  heb: "he",
  swh: "sw",
  zlm: "ms",
  tgl: "tl",
  uzn: "uz",
  azj: "az",
  kaz: "kk",
  srp: "sr",
  hrv: "hr",
  bul: "bg",
  pan: "pa",
  tam: "ta",
  tel: "te",
  mar: "mr",
  guj: "gu",
  kan: "kn",
  mal: "ml",
  amh: "am",
  hau: "ha",
  yor: "yo",
  ibo: "ig",
  som: "so",
  nep: "ne",
  sin: "si",
  mya: "my",
  khm: "km",
  fin: "fi",
  dan: "da",
  nob: "no",
  slk: "sk",
  lit: "lt",
  lav: "lv",
  est: "et",
  slv: "sl",
  bel: "be",
};

/** The language of `text` (default "und" when the text is too short to tell). */
export function detectLanguage(text: string): string {
  // Two thousand characters are plenty and keep detection fast on long articles. topLanguage is franc-min's
  // answer, computed faster: the same language for every text.
  const code = topLanguage(text.slice(0, 2000), 40);
  if (code === "und") return "und";
  return ISO_639_1[code] ?? code;
}
