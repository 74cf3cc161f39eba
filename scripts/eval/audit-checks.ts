// The checks of the index audit: each finds names of one suspicious kind (issue 13's list) in a built site.
import { isVariantOf } from "../../src/summarise/names/merge-names.ts";
import { mergePlaces } from "../../src/render/merge-site-names.ts";
import { PLACES } from "../../src/summarise/names/gazetteer.ts";
import { GIVEN_NAMES } from "../../src/summarise/names/given-names.ts";
import { LISTED_GIVEN_NAMES } from "../../src/summarise/names/name-data.ts";
import {
  DEMONYMS,
  ORG_WORDS,
  OTHER_WORDS,
  PLACE_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from "../../src/summarise/names/name-words.ts";
import { STYLES } from "../../src/summarise/names/read-name-run.ts";
import { topicKey, topicParts } from "../../src/render/topics/topic-key.ts";
import type { ArticlePage } from "./read-built-site.ts";

/** A name of one kind as the site lists it, with the article pages that list it. */
export interface Listed {
  name: string;
  pages: ArticlePage[];
}

/** What the checks read: every name of a kind with its pages, and facts about the whole text. */
export interface AuditInput {
  people: Listed[];
  places: Listed[];
  organisations: Listed[];
  topics: Listed[];
  articles: ArticlePage[];
  /** Words the texts write in lower case, with how often. */
  lowerWords: Map<string, number>;
}

/** One check: its kind of name, a short label, and the names it flags (with a reason). */
export interface Check {
  kind: "people" | "places" | "organisations" | "topics";
  label: string;
  find: (input: AuditInput) => { name: string; why: string }[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Each place `name` stands in `text`, with up to 40 characters either side. */
function contexts(text: string, name: string): { before: string; after: string }[] {
  const out: { before: string; after: string }[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}`, "gu"))) {
    out.push({
      before: text.slice(Math.max(0, m.index - 40), m.index),
      after: text.slice(m.index + name.length, m.index + name.length + 40),
    });
  }
  return out;
}
const allContexts = (entry: Listed) => entry.pages.flatMap((page) => contexts(page.text, entry.name));

const PARTICLE = "(?:al|el|bin|ibn|bint|van|von|de|da|di|du|der|den|la|le|dos|das|del|della|abu|ul|ud)";
/** Words that may stand before a name without being part of it: articles, titles, nationalities. */
const FREE_BEFORE = (word: string): boolean =>
  /^(the|a|an|in|on|at|of|by|for|from|to|and|or)$/.test(word) ||
  TITLE_WORDS.has(word) ||
  TITLE_MODIFIERS.has(word) ||
  DEMONYMS.has(word) ||
  PLACES.has(word);
/** A capitalised word written before the name inside the same sentence (not the sentence's first word, no title or article). */
function gluedBefore(before: string): boolean {
  const m = /(?:^|[^.!?"“\s])\s+(\p{Lu}[\p{L}'’.-]*)\s$/u.exec(before);
  return m !== null && !/['’]s$/.test(m[1]!) && !FREE_BEFORE(m[1]!.toLowerCase().replace(/\.$/, ""));
}
/** A capitalised word (not "I") right after the name. */
const gluedAfter = (after: string): boolean => /^ (?!I\b)\p{Lu}\p{Ll}/u.test(after);
/** True when every occurrence is inside a longer run of capitalised words; false when it never occurs. */
const alwaysInsideLonger = (entry: Listed): boolean => {
  const found = allContexts(entry);
  return (
    found.length > 0 && found.every((c) => gluedBefore(c.before) || gluedAfter(c.after) || /^\p{L}/u.test(c.after))
  );
};
const isGiven = (word: string): boolean =>
  GIVEN_NAMES.has(word.toLowerCase()) || LISTED_GIVEN_NAMES.has(word.toLowerCase());
const words = (name: string): string[] => name.toLowerCase().replace(/\./g, "").split(/\s+/);

/** "American Airlines and JetBlue", "University of Miami and Apex": the words before "and" end an organisation's name of their own. */
function twoJoined(name: string): boolean {
  const at = name.indexOf(" and ");
  if (at < 0) return false;
  const left = words(name.slice(0, at));
  const last = left[left.length - 1]!;
  return ORG_WORDS.has(last) || (left.length >= 3 && left[left.length - 2] === "of" && PLACES.has(last));
}

export const CHECKS: Check[] = [
  {
    kind: "people",
    label: "cut at a letter (the text goes on with a letter)",
    find: ({ people }) =>
      people
        .filter((p) => {
          const found = allContexts(p);
          return found.length > 0 && found.every((c) => /^\p{L}/u.test(c.after));
        })
        .map((p) => ({ name: p.name, why: "never stands whole in its stories" })),
  },
  {
    kind: "people",
    label: "particle lost (al-, el-, bin, van, de … beside it in the text)",
    find: ({ people }) =>
      people
        .filter((p) => {
          const found = allContexts(p).filter((c) => !/^\p{L}/u.test(c.after));
          return (
            found.length > 0 &&
            found.every(
              (c) =>
                new RegExp(`^[ -]${PARTICLE}[ -]\\p{Lu}`, "iu").test(c.after) ||
                new RegExp(`(?<![\\p{L}])${PARTICLE}[ -]$`, "iu").test(c.before),
            )
          );
        })
        .map((p) => ({ name: p.name, why: "always beside a particle" })),
  },
  {
    kind: "people",
    label:
      "not a person (one word, a particle first, an organisation/place/thing word, listed as a place or organisation)",
    find: ({ people, places, organisations }) => {
      const other = new Set([...places, ...organisations].map((e) => e.name));
      return people.flatMap((p) => {
        const w = words(p.name);
        const why =
          w.length === 1
            ? "one word"
            : /^(al|el|la|le|los|las|il|der|die|das)$/.test(w[0]!)
              ? "opens with a particle"
              : w.some(
                    (x, i) =>
                      ORG_WORDS.has(x) || PLACE_WORDS.has(x) || (OTHER_WORDS.has(x) && !(i === 0 && isGiven(x))),
                  )
                ? "an organisation, place or thing word"
                : w.some((x) => PLACES.has(x))
                  ? "a place's name inside"
                  : other.has(p.name)
                    ? "also listed as a place or organisation"
                    : alwaysInsideLonger(p)
                      ? "always inside a longer name"
                      : "";
        return why ? [{ name: p.name, why }] : [];
      });
    },
  },
  {
    kind: "people",
    label: "a title or job word glued on",
    find: ({ people, lowerWords }) =>
      people.flatMap((p) => {
        const first = words(p.name)[0]!;
        // "Pope Francis": a style with a single name is how the site names such a person.
        if (words(p.name).length < 2 || isGiven(first) || (STYLES.has(first) && words(p.name).length === 2)) return [];
        const why =
          TITLE_WORDS.has(first) || TITLE_MODIFIERS.has(first)
            ? "a title word first"
            : (lowerWords.get(first) ?? 0) >= 3
              ? `"${first}" is written in lower case ${lowerWords.get(first)} times`
              : "";
        return why ? [{ name: p.name, why }] : [];
      }),
  },
  {
    kind: "people",
    label: "a shorter form apart from the full name",
    find: ({ people }) =>
      people.flatMap((p) => {
        const own = p.name.split(" ");
        const fuller = people.find((q) => q !== p && isVariantOf(own, q.name.split(" ")));
        return fuller ? [{ name: p.name, why: `beside "${fuller.name}"` }] : [];
      }),
  },
  {
    kind: "places",
    label: "a court's or an office's area",
    find: ({ places }) =>
      places.flatMap((p) => {
        const why =
          /\b(District|Circuit)$/.test(p.name) &&
          !p.pages.some((page) =>
            contexts(page.text, p.name).some(
              (c) => !/^ Court\b/.test(c.after) && !/\b(Court|Attorney|Judge)\b[^.]*$/.test(c.before),
            ),
          )
            ? "only in a court's or an office's name"
            : allContexts(p).some((c) => /^ (District )?Court\b/.test(c.after)) && /District|Circuit/.test(p.name)
              ? "names a court"
              : "";
        return why ? [{ name: p.name, why }] : [];
      }),
  },
  {
    kind: "places",
    label: "a piece of a longer name (or two names joined)",
    find: ({ places }) =>
      places.flatMap((p) => {
        const why = / and /.test(p.name)
          ? "two names joined"
          : alwaysInsideLonger(p)
            ? "always inside a longer name"
            : "";
        return why ? [{ name: p.name, why }] : [];
      }),
  },
  {
    kind: "places",
    label: "one place twice on one article (aliases)",
    find: ({ articles }) =>
      articles.flatMap((page) => {
        const merged = mergePlaces([page.places]);
        return [...merged.entries()]
          .filter(([, to]) => page.places.includes(to))
          .map(([from, to]) => ({ name: `${from} = ${to}`, why: page.file }));
      }),
  },
  {
    kind: "places",
    label: "listed as a person elsewhere",
    find: ({ places, people }) => {
      const persons = new Set(people.map((p) => p.name));
      return places.filter((p) => persons.has(p.name)).map((p) => ({ name: p.name, why: "also a person" }));
    },
  },
  {
    kind: "organisations",
    label: "a fragment (two names joined, or always inside a longer name)",
    find: ({ organisations }) =>
      organisations.flatMap((o) => {
        const why = twoJoined(o.name) ? "two names joined" : alwaysInsideLonger(o) ? "always inside a longer name" : "";
        return why ? [{ name: o.name, why }] : [];
      }),
  },
  {
    kind: "organisations",
    label: "shouted capitals taken for an acronym",
    find: ({ organisations }) =>
      organisations
        .filter(
          (o) =>
            /^\p{Lu}+$/u.test(o.name) &&
            allContexts(o).length > 0 &&
            allContexts(o).every(
              (c) => /\p{Lu}{2,}[ ,!]+(?:\p{Lu}+[ ,!]+)*$/u.test(c.before) || /^[ ,!]+\p{Lu}{2,}/u.test(c.after),
            ),
        )
        .map((o) => ({ name: o.name, why: "among shouted words" })),
  },
  {
    kind: "topics",
    label: "near-duplicate topics",
    find: ({ topics }) =>
      topics.flatMap((a) =>
        topics
          .filter(
            (b) =>
              a !== b &&
              (topicKey(a.name) === topicKey(b.name) ? a.name < b.name : topicParts(a.name).includes(topicKey(b.name))),
          )
          .map((b) => ({ name: `${a.name} / ${b.name}`, why: "one vocabulary entry" })),
      ),
  },
  {
    kind: "topics",
    label: "lower case, a code or a hash",
    find: ({ topics }) =>
      topics
        .filter((t) => /^\p{Ll}/u.test(t.name) || /^[0-9a-f]{6,}$/i.test(t.name) || /[_#]|^[A-Z]+-[A-Z]+$/.test(t.name))
        .map((t) => ({ name: t.name, why: "not a topic's name" })),
  },
  {
    kind: "topics",
    label: "a person or a place as a topic",
    find: ({ topics, people, places }) => {
      const names = new Set([...people, ...places].map((e) => e.name.toLowerCase()));
      return topics
        .filter((t) => names.has(t.name.toLowerCase()) || PLACES.has(t.name.toLowerCase()))
        .map((t) => ({ name: t.name, why: "a name" }));
    },
  },
];
