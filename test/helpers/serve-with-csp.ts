// Serves a built site like serveStatic, with a strict Content-Security-Policy header on every response.
import { serveStatic } from "./serve-static.ts";

/** No inline script or style, no eval; Pagefind's wasm needs 'wasm-unsafe-eval'. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Serves `root` at `prefix` with `policy` as the Content-Security-Policy of every response. */
export async function serveWithCsp(root: string, prefix = "/", policy = STRICT_CSP): ReturnType<typeof serveStatic> {
  const served = await serveStatic(root, prefix);
  // Runs before serveStatic's own handler, whose writeHead keeps headers set here.
  served.server.prependListener("request", (_request, response) =>
    response.setHeader("content-security-policy", policy),
  );
  return served;
}
