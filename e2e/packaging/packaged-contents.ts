// What the packaging test reads in the ASAR: the import specifiers of a built file, and the files that must
// never be packaged.

/** Packages the built code names but the package leaves out on purpose, and why. */
export const UNPACKAGED_BY_DESIGN: Record<string, string> = {
  '@faker-js/faker': 'the demo environment (a development dependency: "the demo is not installed")',
  'double-metaphone': 'the demo environment',
  'xmllint-wasm': 'the demo environment',
  'ftp-srv': 'the demo environment (its Nova+ list server)',
  ssh2: 'the demo environment (its Nova+ list server)',
};

export interface ImportSpecifier {
  specifier: string;
  dynamic: boolean;
}

/** The modules a built JavaScript file imports: static `from`, bare `import '…'`, `import(…)`, `require(…)`. */
export function importSpecifiers(source: string): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  const patterns: [RegExp, boolean][] = [
    // A bundle's static imports and re-exports are whole lines of their own.
    [/^(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["'];?\s*$/gm, false],
    [/^import\s*["']([^"']+)["'];?\s*$/gm, false],
    [/\bimport\(\s*["']([^"']+)["']\s*\)/g, true],
    [/\brequire\(\s*["']([^"']+)["']\s*\)/g, false],
  ];
  for (const [pattern, dynamic] of patterns)
    for (const match of source.matchAll(pattern)) found.push({ specifier: match[1]!, dynamic });
  return found;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const FORBIDDEN: [RegExp, string][] = [
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
  [/(^|\/)(__tests__|e2e|test-results)\//, 'a test folder'],
  [/\.map$/, 'a source map'],
  [/(^|\/)simulator-pki(\/|$)/, 'the simulator PKI'],
  [/\.(p12|pfx|pem|key)$/, 'key material'],
  [/(^|\/)\.data(\/|$)/, '.data'],
  [/^(src|scripts|bench|docs)\//, 'sources'],
];

/** The packaged paths that must not be there, each with the reason. */
export function findForbidden(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const reason = FORBIDDEN.find(([pattern]) => pattern.test(path));
    if (reason) found.push(`${path} (${reason[1]})`);
  }
  return found;
}
