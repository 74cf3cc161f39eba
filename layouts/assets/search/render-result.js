// Draws one search result from Pagefind's data, as DOM nodes: no HTML from the index is ever parsed.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };

/** Pagefind's excerpt is text (possibly entity-escaped) with `<mark>` around the matched words; anything else stays text. */
export function excerptNodes(excerpt) {
  const nodes = [];
  const decode = (text) =>
    text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name) => {
      if (name in ENTITIES) return ENTITIES[name];
      const code = /^#x/i.test(name)
        ? parseInt(name.slice(2), 16)
        : name.startsWith("#")
          ? parseInt(name.slice(1), 10)
          : NaN;
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  const parts = String(excerpt ?? "").split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const part of parts) {
    if (!part) continue;
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement("mark");
      mark.textContent = decode(marked[1]);
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(decode(part)));
    }
  }
  return nodes;
}

/**
 * The excerpt without the headline it starts with: the index holds the headline above the text (to weigh it), so an
 * excerpt of the story's first words repeats the headline just above it. Nodes are cut, never re-parsed.
 */
export function withoutLeadingTitle(nodes, title) {
  const squash = (text) => text.replace(/\s+/g, " ");
  const text = squash(nodes.map((node) => node.textContent).join("")).trimStart();
  const heading = squash(String(title ?? "")).trim();
  if (!heading || !text.startsWith(heading)) return nodes;
  let skip = heading.length + (squash(nodes.map((node) => node.textContent).join("")).length - text.length);
  const out = [];
  for (const node of nodes) {
    const length = squash(node.textContent).length;
    if (skip >= length) {
      skip -= length;
      continue;
    }
    if (skip > 0) {
      const rest = squash(node.textContent).slice(skip).trimStart();
      skip = 0;
      if (!rest) continue;
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = rest;
        out.push(mark);
      } else out.push(document.createTextNode(rest));
      continue;
    }
    out.push(node);
  }
  if (out[0] && out[0].nodeName !== "MARK") out[0].textContent = out[0].textContent.replace(/^[\s.:—–-]+/, "");
  return out;
}

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** The fields a result shows, from a Pagefind result's data (its fragment). */
export function resultFields(data) {
  const meta = data.meta ?? {};
  const filters = data.filters ?? {};
  return {
    url: data.url,
    title: meta.title || data.url,
    date: meta.date ?? "",
    datetime: meta.datetime ?? "",
    source: meta.source ?? filters.source?.[0] ?? "",
    dateline: meta.dateline ?? "",
    summary: meta.summary ?? "",
    excerpt: data.excerpt ?? "",
    topics: filters.topic ?? [],
  };
}

/**
 * An <li> for one result: headline link, date · dateline · source, the excerpt with matches marked, and the summary
 * when the excerpt shows no match (a filter-only search, or a match in the headline alone).
 */
export function renderResult(data, id) {
  const fields = resultFields(data);
  const link = element("a", "search-result-link", fields.title);
  link.href = fields.url;
  link.id = id;
  const meta = element("p", "search-result-meta");
  const parts = [];
  if (fields.date) {
    const time = element("time", "", fields.date);
    if (fields.datetime) time.dateTime = fields.datetime;
    parts.push(time);
  }
  if (fields.dateline) parts.push(element("span", "search-result-dateline", fields.dateline));
  if (fields.source) parts.push(element("span", "search-result-source", fields.source));
  for (const [index, part] of parts.entries()) meta.append(...(index ? [" · ", part] : [part]));
  const item = element("li", "search-result", element("h2", "search-result-title", link), meta);
  const excerpt = withoutLeadingTitle(excerptNodes(fields.excerpt), fields.title);
  const matched = excerpt.some((node) => node.nodeName === "MARK");
  if (matched) item.append(element("p", "search-result-excerpt", ...excerpt));
  if (fields.summary && !matched) item.append(element("p", "search-result-summary", fields.summary));
  if (fields.topics.length) {
    const topics = element("p", "search-result-topics", element("span", "visually-hidden", "Topics: "));
    for (const [index, topic] of fields.topics.entries())
      topics.append(...(index ? [" · "] : []), element("span", "search-result-topic", topic));
    item.append(topics);
  }
  return item;
}
