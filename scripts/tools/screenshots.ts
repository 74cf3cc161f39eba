// Makes the README's screenshots from a real build: the home page and the seed article, in Chromium.
// Usage: npm run build && node --import tsx scripts/tools/screenshots.ts [site folder, default _site]
import { openBrowser } from "../../test/helpers/browser.ts";
import { seedPagePath } from "../../test/helpers/read-site.ts";
import { serveStatic } from "../../test/helpers/serve-static.ts";

const site = process.argv[2] ?? "_site";
const server = await serveStatic(site);
const browser = await openBrowser();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1300 });
  const shots = { home: "", article: (await seedPagePath(site)).replace(/index\.html$/, "") };
  for (const [name, path] of Object.entries(shots)) {
    await page.goto(server.url + path);
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
