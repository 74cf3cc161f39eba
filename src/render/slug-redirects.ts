// The label pages whose address moved when slugs began to transliterate, as redirects from the old address.
import { legacySlug } from "../model/make-slug.ts";
import { hashText } from "../util/hash.ts";
import type { ListingPage, Redirect } from "../model/site-model.ts";

/**
 * For each label page, the address the slug function before transliteration gave its name, when that differs:
 * "Łódź" was `/places/odz/` and is `/places/lodz/`; a Cyrillic name was a hash. A name the old function spelt
 * without loss has the same slug as before and needs none; an old address that another label now holds is left to it.
 */
export function slugRedirects(pages: ListingPage[]): Redirect[] {
  const live = new Set(pages.map((page) => page.url));
  const redirects: Redirect[] = [];
  for (const page of pages) {
    if (page.page !== 1) continue;
    const old = legacySlug(page.name) || hashText(page.name, 8);
    const from = `/${page.kind}/${old}/`;
    if (old !== page.slug && !live.has(from)) redirects.push({ from, to: page.url });
  }
  return redirects;
}
