// Reads the CBE number a client certificate's subject carries in its serialNumber attribute (the
// convention of the BCSS organisation certificates and of the demo PKI).
import { parseCbe } from './niss';

type SubjectLike = string | Readonly<Record<string, unknown>> | null | undefined;

/**
 * Reads the CBE number from a certificate subject: Node's `getPeerCertificate().subject` object, or the
 * string form of `X509Certificate.subject` ("C=BE\nserialNumber=0207777760\n...").
 * Returns null unless the `serialNumber` attribute holds exactly one valid CBE number.
 */
export function cbeFromCertificateSubject(subject: SubjectLike): string | null {
  if (subject === null || subject === undefined) return null;
  let values: unknown[];
  if (typeof subject === 'string') {
    values = [...subject.matchAll(/(?:^|[\n,/+])\s*serialNumber\s*=\s*([^\n,/+]*)/g)].map((m) =>
      (m[1] ?? '').trim(),
    );
  } else {
    const raw = (subject as Readonly<Record<string, unknown>>)['serialNumber'];
    values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  }
  const found = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') return null;
    // Strict on purpose: a 9-digit legacy form or separators would be a badly issued certificate.
    if (!/^[01][0-9]{9}$/.test(value)) return null;
    const parsed = parseCbe(value);
    if (!parsed.ok) return null;
    found.add(parsed.value);
  }
  return found.size === 1 ? [...found][0]! : null;
}
