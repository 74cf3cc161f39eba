// Refuses settings a newsletter cannot go out with: the default address, no sender, an unusable unsubscribe value.
import type { SiteSettings } from "../util/site-settings.ts";
import { NewsletterError } from "./choose-edition.ts";

/** The address a new site starts with; links in a message must point at the published site instead. */
const DEFAULT_URL = "http://localhost:8080";

/**
 * The List-Unsubscribe link for `value`: an address becomes a mailto: link, an http(s) or mailto: URL stays;
 * anything else is refused.
 */
export function unsubscribeLink(value: string, where: string): string {
  const trimmed = value.trim();
  if (/^(https?|mailto):\S+$/i.test(trimmed)) return trimmed;
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(trimmed)) return `mailto:${trimmed}`;
  throw new NewsletterError(
    `newsletter.listUnsubscribe ${JSON.stringify(value)} is neither an address nor an http(s) URL`,
    { path: where },
  );
}

/** Checks the settings a message needs; `where` names the settings file in messages. Returns the unsubscribe link. */
export function checkNewsletterSettings(settings: SiteSettings, where: string): { unsubscribe?: string } {
  let url: URL;
  try {
    url = new URL(settings.url);
  } catch {
    throw new NewsletterError(
      `url ${JSON.stringify(settings.url)} is not an address; set it to the site's public address, like https://news.example.org`,
      { path: where },
    );
  }
  if (url.href.replace(/\/$/, "") === DEFAULT_URL) {
    throw new NewsletterError(
      `url is still the default ${DEFAULT_URL}; set it to the site's public address so that the newsletter's links work`,
      { path: where },
    );
  }
  if (!settings.newsletter.from?.trim()) {
    throw new NewsletterError(
      `newsletter.from is not set; add "newsletter": { "from": "Name <address@example.org>" }`,
      { path: where },
    );
  }
  const value = settings.newsletter.listUnsubscribe;
  return value ? { unsubscribe: unsubscribeLink(value, where) } : {};
}
