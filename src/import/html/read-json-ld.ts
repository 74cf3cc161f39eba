// Finds the article described by a page's JSON-LD: a NewsArticle (or kin), alone, in an array or in an @graph.

/** The JSON-LD types that describe an article's text. */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle|WebPage)$/;

type Node = Record<string, unknown>;

/** Every object in a JSON-LD value, flattening arrays and @graph lists. */
function flatten(value: unknown, into: Node[]): Node[] {
  if (Array.isArray(value)) for (const item of value) flatten(item, into);
  else if (value && typeof value === "object") {
    into.push(value as Node);
    if ("@graph" in value) flatten((value as Node)["@graph"], into);
  }
  return into;
}

function types(node: Node): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ""));
}

/**
 * The best article node in the page's JSON-LD blocks: a news article first, any article next, a web page
 * last (some sites describe the story only as a WebPage). Broken blocks are skipped: sites ship invalid JSON-LD.
 */
export function readJsonLd(document: Document): Node | undefined {
  const nodes: Node[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some CMSs wrap the JSON in a CDATA comment or leave raw control characters in strings.
      const text = (script.textContent ?? "")
        .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "")
        .replace(/[\u0000-\u001f]+/g, " ");
      flatten(JSON.parse(text), nodes);
    } catch {
      // Not JSON even so: the page's other blocks and its meta tags may still say what it is.
    }
  }
  const rank = (node: Node): number => {
    const found = types(node);
    if (found.some((type) => /NewsArticle$/.test(type))) return 3;
    if (found.some((type) => type !== "WebPage" && ARTICLE_TYPES.test(type))) return 2;
    if (found.includes("WebPage") && (node["headline"] || node["datePublished"])) return 1;
    return 0;
  };
  let best: Node | undefined;
  for (const node of nodes) if (rank(node) > 0 && (!best || rank(node) > rank(best))) best = node;
  return best;
}
