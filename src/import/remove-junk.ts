// Finds the paragraphs that are not the story (prompts, copyright, navigation, comment spam) and reports each.
import type { Removal } from "../model/types.ts";
import { STOPWORDS } from "../util/stopwords.ts";
import { plainText } from "../model/plain-text.ts";

// Prompts that publishers put between or after paragraphs. Only short paragraphs are judged by them.
const PROMPT =
  /^(read more|read also|also read|see also|related( stories| articles)?\s*:|click here|tap here|share (this|on|via)|subscribe|sign up|follow us|join us on|download (our|the) app|advertisement$|sponsored|recommended for you|most read|more from|watch:|listen:|get our newsletter|you may also like)/i;
const COPYRIGHT = /^(©|\(c\)\s|copyright\b)|all rights reserved|may not be (re)?published/i;
// The publisher's standing note under opinion pieces, the same on every one.
const DISCLAIMER =
  /^(the )?views (expressed )?(in this (article|piece|column) )?(are|is) (the author'?s?|their|those of the author)\b.*\bnot necessarily (reflect|represent)/i;
// Photo captions and credits that a saved page or a paste leaves between paragraphs.
const PHOTO =
  /^(\(?(photo|image|picture|pictured|file photo|photograph|illustration|video|credit|image source|image caption|media caption)s?\b\s*(by\b|credit\b|courtesy\b|[:,(—–-]))|[/|]\s*(getty images|afp|reuters|ap|epa|shutterstock|ap photo|afp via getty images)\)?$/i;
// A closing note about the writer: "Jane Doe is a reporter for The Example Times."
const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3} (is|was|covers|writes|reports) [^.]{0,120}\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|author|staff|freelance|bureau chief)\b/u;
const NAVIGATION_SEPARATORS = /\s(\||»|›|>|\/)\s/g;

// Words that address the reader or speak as "I": common in comments, rare outside quotes in news copy.
const PERSONAL = /\b(i|i'm|i’m|i've|i’ve|my|me|you|your|you're|you’re|yours)\b/gi;

/** Content words of a text: lower case, four letters or more, not stop words, with a crude plural fold. */
function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.filter((word) => !STOPWORDS.has(word)).map((word) => word.replace(/(?<=\w{3})(es|s)$/, ""));
}

/** The text with quoted passages removed, so quoted speech does not count as the writer's voice. */
function outsideQuotes(text: string): string {
  return text.replace(/[“"][^”"]*[”"]/g, " ").replace(/‘[^’]*’(?!\w)/g, " ");
}

/** Why a short paragraph is boilerplate, or undefined when it is not. */
function boilerplateReason(paragraph: string): string | undefined {
  const text = plainText(paragraph);
  if (text.length <= 200 && PROMPT.test(text)) return "prompt (read more / share / subscribe)";
  if (text.length <= 300 && COPYRIGHT.test(text)) return "copyright line";
  if (text.length <= 300 && DISCLAIMER.test(text)) return "disclaimer";
  if (text.length <= 200 && PHOTO.test(text)) return "photo caption or credit";
  const separators = text.match(NAVIGATION_SEPARATORS)?.length ?? 0;
  if (text.length <= 200 && separators >= 2 && !/[.!?]["”’]?$/.test(text)) return "navigation line";
  return undefined;
}

// Comment spam sells or signs off: a promotion, or a commenter's line ("Jane says:", "Reply").
const PROMO =
  /\b(check out my|visit my|my (web ?site|blog|page)|click here|buy now|order now|discount|coupon|promo code|casino|payday|loans? (today|online)|work from home|earn \$|best prices?|cheap|free trial)\b/i;
const COMMENTER =
  /(^|\n)\s*([\p{L}\p{N}_.@-]+( [\p{L}\p{N}_.@-]+){0,3}) (says|said|wrote|commented)\s*:|(^|\s)(reply|report this comment|\d+ (likes?|replies))\s*$/iu;
/** Longest paragraph judged as comment spam (default: 1,000 characters): spam is a short note, not a passage. */
const MAX_SPAM = 1000;

/** True when a block is a quotation (Markdown `>`): a quoted passage belongs to the story, whatever it says. */
const isQuotation = (paragraph: string): boolean => /^\s{0,3}>/.test(paragraph);

/**
 * Why a closing paragraph looks like comment spam, or undefined. Judged by its shape and how unlike the story it is:
 * a short note that shares almost none of the story's words and starts in lower case, links out, sells something or
 * signs as a commenter (speaking to the reader counts beside one of those). A quotation is never spam.
 */
function spamReason(paragraph: string, story: string[]): string | undefined {
  if (isQuotation(paragraph) || plainText(paragraph).length > MAX_SPAM) return undefined;
  const words = contentWords(paragraph);
  if (words.length < 5) return undefined;
  const lowerStart = /^\p{Ll}/u.test(paragraph.trim());
  const linksOut = /https?:\/\/|www\.|\.(com|net|info|biz)\b/i.test(paragraph);
  const promo = PROMO.test(outsideQuotes(paragraph));
  const commenter = COMMENTER.test(paragraph);
  // Speaking as "I" or to "you" is no sign alone: first-person stories and blogs do it throughout. Without a sign
  // the story's own words need not be read at all (most closing paragraphs end here).
  if (!lowerStart && !linksOut && !promo && !commenter) return undefined;
  const storyWords = new Set(story.flatMap(contentWords));
  const shared = words.filter((word) => storyWords.has(word)).length;
  if (shared / words.length >= 0.2) return undefined;
  const personal = outsideQuotes(paragraph).match(PERSONAL)?.length ?? 0;
  const signs = [
    personal >= 2 ? "addresses the reader" : "",
    lowerStart ? "starts in lower case" : "",
    linksOut ? "links out" : "",
    promo ? "sells something" : "",
    commenter ? "signed as a comment" : "",
  ].filter(Boolean);
  return `comment spam: shares ${shared} of ${words.length} words with the story, ${signs.join(", ")}`;
}

/** Splits the paragraphs of a story into those kept and those removed, with a reason for each removal. */
export function removeJunk(paragraphs: string[]): { kept: string[]; removed: Removal[] } {
  const removed: Removal[] = [];
  let kept: string[] = [];
  for (const paragraph of paragraphs) {
    const reason = boilerplateReason(paragraph);
    if (reason) removed.push({ reason, text: paragraph });
    else kept.push(paragraph);
  }
  // A note about the writer closes a story: only the last two paragraphs are judged, and only short ones.
  for (let i = kept.length - 1; i >= Math.max(kept.length - 2, 1); i--) {
    const text = plainText(kept[i]!);
    if (text.length <= 300 && AUTHOR_BIO.test(text)) {
      removed.push({ reason: "author bio", text: kept[i]! });
      kept = [...kept.slice(0, i), ...kept.slice(i + 1)];
    }
  }
  // Comment spam sits after the story: look back from the end, and keep at least three paragraphs of story.
  // A quotation is the story's, so the story reaches at least that far.
  const spam: Removal[] = [];
  while (kept.length > 3) {
    const last = kept[kept.length - 1]!;
    if (isQuotation(last)) break;
    const reason = spamReason(last, kept.slice(0, -1));
    if (!reason) break;
    spam.unshift({ reason, text: last });
    kept = kept.slice(0, -1);
  }
  return { kept, removed: [...removed, ...spam] };
}
