// The newsletter of one edition: the site model, the edition, its HTML, text and message, in that order.
import type { SiteSettings } from "../util/site-settings.ts";
import { checkNewsletterSettings } from "./check-newsletter-settings.ts";
import { checkDay, chooseEdition } from "./choose-edition.ts";
import { composeMessage } from "./compose-message.ts";
import { fitNewsletter } from "./fit-newsletter.ts";
import { loadSiteModel } from "./load-site-model.ts";
import { planNewsletter, siteHome, type Newsletter } from "./plan-newsletter.ts";
import { renderNewsletterHtml } from "./render-newsletter-html.ts";
import { renderNewsletterText } from "./render-newsletter-text.ts";

export { NewsletterError } from "./choose-edition.ts";

/** Options of `makeNewsletter`. */
export interface NewsletterOptions {
  /** The content folder (default: "content"). */
  content?: string;
  /** The path the site is served under, as `build --path-prefix` (default: "/"). */
  pathPrefix?: string;
  /** The edition's day, "2025-09-13" (default: the latest edition). */
  day?: string;
  /** Where digests are cached (default: as the build). */
  cacheDir?: string;
}

/** A newsletter ready to write: its three files' contents, what it shows, and the articles that had problems. */
export interface MadeNewsletter {
  newsletter: Newsletter;
  html: string;
  text: string;
  message: Buffer;
  problems: Error[];
}

/** Makes the newsletter of one edition; throws a NewsletterError (one line) when it cannot. */
export async function makeNewsletter(settings: SiteSettings, options: NewsletterOptions = {}): Promise<MadeNewsletter> {
  const content = options.content ?? "content";
  const { unsubscribe } = checkNewsletterSettings(settings, `${content}/_data/site.json`);
  if (options.day !== undefined) checkDay(options.day);
  const { model, problems } = await loadSiteModel(settings, {
    content,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  const edition = chooseEdition(model.editions, options.day);
  const planned = planNewsletter(edition, settings, siteHome(settings, options.pathPrefix));
  const { newsletter, html } = fitNewsletter(planned, (n) => renderNewsletterHtml(n, unsubscribe));
  const text = renderNewsletterText(newsletter, unsubscribe);
  const { from, replyTo } = settings.newsletter;
  const message = await composeMessage({
    from: from!,
    ...(replyTo ? { replyTo } : {}),
    subject: newsletter.subject,
    text,
    html,
    ...(unsubscribe ? { unsubscribe } : {}),
  });
  return { newsletter, html, text, message, problems };
}
