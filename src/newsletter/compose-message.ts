// The newsletter as one ready message (.eml): multipart/alternative with the text and HTML parts, built by nodemailer.
import MailComposer from "nodemailer/lib/mail-composer";

/** What a message is made of. */
export interface MessageParts {
  from: string;
  /** Where replies go (default: none, so replies go to From). */
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** The List-Unsubscribe link, a mailto: or http(s) URL (default: no header). */
  unsubscribe?: string;
  /** The message's Date (default: now). */
  date?: Date;
}

/** The message as RFC 5322 bytes, ready to send or to import into a mail program. */
export async function composeMessage(parts: MessageParts): Promise<Buffer> {
  const composer = new MailComposer({
    from: parts.from,
    ...(parts.replyTo ? { replyTo: parts.replyTo } : {}),
    subject: parts.subject,
    text: parts.text,
    html: parts.html,
    date: parts.date ?? new Date(),
    ...(parts.unsubscribe ? { headers: { "List-Unsubscribe": `<${parts.unsubscribe}>` } } : {}),
  });
  return composer.compile().build();
}
