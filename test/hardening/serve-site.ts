// Serves a built site for the hardening tests, with chosen response headers, and optionally without the
// Content-Security-Policy <meta>, so that a test can see whether escaping alone keeps scripts out.
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { CONTENT_TYPES } from "../helpers/serve-static.ts";

/** Options of `serveSite`. */
export interface ServeOptions {
  /** Headers sent with every response (default: none). */
  headers?: Record<string, string>;
  /** Remove the CSP <meta> from pages (default: false). */
  withoutCspMeta?: boolean;
}

/** Serves `root` at http://127.0.0.1:<port>/; resolves to its URL and a close function. */
export async function serveSite(
  root: string,
  options: ServeOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    let file = normalize(join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body: Buffer | string = await readFile(file);
      if (options.withoutCspMeta && file.endsWith(".html"))
        body = body.toString("utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
      response.writeHead(200, {
        "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        ...options.headers,
      });
      response.end(body);
    } catch {
      // As static hosts do: the site's own 404 page.
      const page = await readFile(join(root, "404.html"), "utf8").catch(() => "not found");
      const body = options.withoutCspMeta ? page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "") : page;
      response.writeHead(404, { "content-type": "text/html; charset=utf-8", ...options.headers }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
