// Reads a chosen file for the settings: a PKCS#12 as base64 (it crosses to main as text), a PEM bundle as text.
import { MAX_CA_BUNDLE_BYTES, MAX_PKCS12_BYTES } from '../../../../shared/contract/settings';

/** Base64 of bytes, in chunks: String.fromCharCode(...bytes) overflows the stack on large files. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** null: too large to be what it claims (main would refuse it too, after a long upload). */
export async function readPkcs12(file: File): Promise<string | null> {
  if (file.size > MAX_PKCS12_BYTES) return null;
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export async function readPemBundle(file: File): Promise<string | null> {
  if (file.size > MAX_CA_BUNDLE_BYTES) return null;
  return file.text();
}
