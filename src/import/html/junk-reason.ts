// Says why a page element is not part of the story, judged by its tag, role, class, id and ARIA label.

// Each pattern is matched against "class id role aria-label" with camelCase split into words, so
// "relatedLinks", "related-links" and "related_links" all read as "related links".
const PATTERNS: [RegExp, string][] = [
  [
    /(^|\W)(comments?|comment list|commentlist|comment (area|section|form|respond|thread)|disqus|respond|discussion|replies|talkback)(\W|$)/,
    "comment section",
  ],
  [/cookie|(^|\W)(consent|gdpr|onetrust|privacy banner)(\W|$)/, "cookie banner"],
  [
    /(^|\W)(share|shares|sharing|sharebar|share bar|share tools|share buttons|social|social share|addthis|sharethis|sharer)(\W|$)/,
    "share bar",
  ],
  [
    /newsletter|(^|\W)(subscribe|subscription|sign ?up|signup|regwall|optin|opt in|promo|cta)(\W|$)/,
    "newsletter or subscribe box",
  ],
  [
    /(^|\W)(related|recommended|recommendations?|more stories|more from|more news|more articles|most read|most popular|most viewed|mostread|popular|trending|read next|also read|read more|outbrain|taboola|further reading|up next)(\W|$)/,
    "related or most-read list",
  ],
  [/(^|\W)(author (bio|info|box|card|profile|details)|about (the )?author|bio|biography)(\W|$)/, "author bio"],
  [
    /(^|\W)(caption|captions|credit|credits|photo credit|image credit|figcaption|media caption)(\W|$)/,
    "photo caption or credit",
  ],
  [
    /(^|\W)(ad|ads|advert|adverts|advertisement|advertising|sponsor|sponsored|dfp|gpt ad|ad slot|ad unit|ad container|ad wrapper|banner ad)(\W|$)/,
    "advertisement",
  ],
  [
    /(^|\W)(breadcrumbs?|nav|navbar|navigation|menu|masthead|site header|site footer|skip link|skip to content|pagination|pager)(\W|$)/,
    "navigation",
  ],
  [/(^|\W)(modal|popup|pop up|overlay|interstitial)(\W|$)/, "pop-up"],
];

const TAGS: Record<string, string> = {
  nav: "navigation",
  aside: "sidebar",
  footer: "footer",
  form: "form",
  button: "form",
  select: "form",
  textarea: "form",
  dialog: "pop-up",
  figcaption: "photo caption or credit",
};

const ROLES: Record<string, string> = {
  navigation: "navigation",
  complementary: "sidebar",
  contentinfo: "footer",
  search: "navigation",
  dialog: "pop-up",
  alertdialog: "pop-up",
  menu: "navigation",
  menubar: "navigation",
};

/** The attributes that label an element: what a page calls it, which says nothing sure about what it holds. */
export const LABEL_ATTRIBUTES = ["class", "id", "aria-label", "data-component"] as const;

/** The words of a label, lower case, camelCase and dashes split. */
function words(raw: string): string {
  return raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
}

/** The kind of furniture a label (a class name, an id, an ARIA label) names, or undefined. */
export function labelReason(label: string): string | undefined {
  const text = words(label);
  if (text) for (const [pattern, reason] of PATTERNS) if (pattern.test(text)) return reason;
  return undefined;
}

/** True when the element is hidden from readers, so it cannot be story text. */
function isHidden(element: Element): boolean {
  const style = element.getAttribute("style") ?? "";
  return (
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true" ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

/** Why `element` is page furniture rather than story, or undefined when nothing says so. */
export function junkReason(element: Element): string | undefined {
  const tag = element.tagName.toLowerCase();
  if (isHidden(element)) return "hidden element";
  // The labels say most precisely what a block is (an <aside> may be a newsletter box or a related list).
  const labelled = labelReason(
    LABEL_ATTRIBUTES.map((name) => element.getAttribute(name))
      .filter(Boolean)
      .join(" "),
  );
  if (labelled) return labelled;
  if (tag in TAGS) return TAGS[tag];
  const role = element.getAttribute("role")?.toLowerCase();
  if (role && role in ROLES) return ROLES[role];
  // <figure> holding a picture: the caption and credit are not story text. A figure holding a table or quote stays.
  if (
    tag === "figure" &&
    element.querySelector("img, picture, video, svg") &&
    !element.querySelector("table, blockquote, pre")
  ) {
    return "photo caption or credit";
  }
  return undefined;
}
