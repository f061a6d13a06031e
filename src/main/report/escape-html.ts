// Escapes text for HTML (and inline SVG) element content and quoted attribute values.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Every data value of the report (labels from the BCSS, names typed by users) goes through this: the
 * report is a document of its own, rendered by a browser, so markup in a value must stay text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
