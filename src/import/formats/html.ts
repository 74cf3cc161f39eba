// Saved web pages: read by html/read-html-page.ts, which is loaded with the first page an import meets.
import type { Format } from "./format.ts";

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export const htmlFormat: Format = {
  name: "html",

  detect(file) {
    return ["html", "htm", "xhtml", "shtml"].includes(file.ext) || HTML_START.test(file.text.slice(0, 4000));
  },

  // linkedom, Readability and Turndown take some 0.3 s to load: an inbox without web pages never loads them.
  async extract(file, context) {
    const { readHtmlPage } = await import("../html/read-html-page.ts");
    return readHtmlPage(file, context);
  },
};
