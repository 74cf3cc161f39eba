// Escapes text for HTML element content and double-quoted attribute values.

/** `text` with &, <, > and " written as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]!);
}
