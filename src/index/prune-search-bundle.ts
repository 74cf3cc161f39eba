// Removes the parts of Pagefind's bundle that the site's own search page never loads.
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

/** Pagefind's ready-made interfaces (default, modular, component) and its highlighter: our page uses the JS API only. */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** A wasm file, named after the language whose stemmer it holds: `wasm.en.pagefind`, `wasm.unknown.pagefind`. */
const WASM = /^wasm\.(.+)\.pagefind$/;

/**
 * Deletes from `bundleDir` Pagefind's UI bundles and the wasm of languages the index does not hold
 * (pagefind-entry.json names the wasm each language loads); returns the names removed.
 */
export async function pruneSearchBundle(bundleDir: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { wasm?: string }>;
  };
  const wasmInUse = new Set(Object.values(entry.languages).map((language) => language.wasm ?? "unknown"));
  const unused = (await readdir(bundleDir)).filter((name) => {
    if (UNUSED_UI.test(name)) return true;
    const wasm = WASM.exec(name);
    return wasm !== null && !wasmInUse.has(wasm[1]!);
  });
  await Promise.all(unused.map((name) => rm(join(bundleDir, name))));
  return unused.sort();
}
