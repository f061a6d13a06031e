// The origin of a URL as scheme://host[:port], also for custom schemes such as app://, where
// WHATWG URL (Node's) answers the opaque origin 'null'.
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
