// Measures import speed in articles per second for plain-text and HTML files made from the sample articles in content/articles/.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importFiles } from "../../src/import/index.ts";
import { escapeHtml } from "../../src/util/escape-html.ts";
import { loadSamples } from "./load-samples.ts";

/** Files of each kind (default: 500), and timed runs of each (default: 3, the median is reported). */
const COUNT = Number(process.env["BENCH_FILES"] ?? 500);
const RUNS = 3;

interface Sample {
  title: string;
  date: string;
  text: string;
  url: string;
}

// The sample stories the repository ships, so the bench needs nothing beside the clone.
const samples = loadSamples().map((sample) => ({
  title: sample.title,
  date: sample.date,
  text: sample.paragraphs.join("\n\n"),
  url: sample.url,
}));

/** A page as a news site saves it: head metadata, navigation, share bar, the story, related links, comments, footer. */
function page(sample: Sample, n: number, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(sample.title)} (${n}) | Wikinews</title>
<meta property="og:title" content="${escapeHtml(sample.title)} (${n})"><meta property="og:site_name" content="Wikinews"><meta property="article:published_time" content="${sample.date}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(`${sample.title} (${n})`)},"datePublished":"${sample.date}"}</script>
<style>body{margin:0}</style><script>var x = 1;</script></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/science">Science</a></nav></header>
<main><article><h1>${escapeHtml(sample.title)} (${n})</h1><div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
${body}
<div class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></div>
</article><section id="comments"><p>Nice article, thanks!</p></section></main><footer>© Wikinews, CC BY 2.5</footer></body></html>`;
}

/** Writes `COUNT` files of `kind` into `folder`; each story is made unique so none is skipped as a duplicate. */
async function makeFiles(folder: string, kind: "txt" | "html"): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (let n = 0; n < COUNT; n++) {
    const sample = samples[n % samples.length]!;
    const paragraphs = [`Story ${n} of the benchmark.`, ...sample.text.split(/\n\n+/)];
    const text =
      kind === "txt"
        ? `Title: ${sample.title} (${n})\nDate: ${sample.date}\nSource: Wikinews\n\n${paragraphs.join("\n\n")}\n`
        : page(sample, n, paragraphs);
    await writeFile(join(folder, `story-${String(n).padStart(4, "0")}.${kind}`), text);
  }
}

/** Median articles per second over `RUNS` imports of `folder` into a fresh articles folder. */
async function measure(folder: string, scratch: string): Promise<{ rate: number; articles: number }> {
  const rates: number[] = [];
  let articles = 0;
  for (let run = 0; run < RUNS; run++) {
    const articlesDir = join(scratch, `articles-${run}`);
    const start = performance.now();
    const report = await importFiles([folder], { articlesDir, zone: "UTC" });
    const seconds = (performance.now() - start) / 1000;
    articles = report.entries.filter((entry) => entry.outcome === "imported").length;
    rates.push(articles / seconds);
    await rm(articlesDir, { recursive: true, force: true });
  }
  rates.sort((a, b) => a - b);
  return { rate: rates[Math.floor(rates.length / 2)]!, articles };
}

const scratch = await mkdtemp(join(tmpdir(), "broadsheet-bench-import-"));
try {
  for (const kind of ["txt", "html"] as const) {
    const folder = join(scratch, kind);
    await makeFiles(folder, kind);
    const { rate, articles } = await measure(folder, scratch);
    console.log(
      `${kind === "txt" ? "plain text" : "HTML"}: ${articles} articles, ${rate.toFixed(0)} articles/s (median of ${RUNS} runs)`,
    );
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
