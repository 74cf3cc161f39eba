// How a feed file begins: what tells a feed from other XML or JSON in its first 2,000 characters.

// The root element, after an optional XML declaration, comments, a stylesheet and a doctype.
export const XML_FEED =
  /^\s*(<\?xml[^>]*>\s*)?((<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*>|<!DOCTYPE[^>]*>)\s*)*<(rss|feed|rdf:RDF)[\s>]/;
export const JSON_FEED = /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
