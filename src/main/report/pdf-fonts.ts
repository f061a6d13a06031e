// The report PDF's fonts: Arial where the system has it (Windows, macOS), its metric twin Liberation Sans on
// Linux, embedded (subset) so every name prints whatever its alphabet (ł, ş, ă...); PDFKit's built-in
// Helvetica (Latin-1 only) when none of them is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type FontFace = 'regular' | 'bold' | 'italic' | 'mono';

/**
 * A font file per face, or a built-in PDF font name; and, when the system has one, a font for the signs
 * the text fonts lack (the markers' ⊘ and ⚠).
 */
export type FontSet = Record<FontFace, Buffer | string> & { symbol?: Buffer };

const BUILT_IN: FontSet = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  mono: 'Courier',
};

/** Candidate files per face, per OS, first found wins. */
export function fontCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Record<FontFace | 'symbol', string[]> {
  if (platform === 'win32') {
    const dir = join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
    return {
      symbol: [join(dir, 'seguisym.ttf')],
      regular: [join(dir, 'arial.ttf')],
      bold: [join(dir, 'arialbd.ttf')],
      italic: [join(dir, 'ariali.ttf')],
      mono: [join(dir, 'consola.ttf'), join(dir, 'cour.ttf')],
    };
  }
  if (platform === 'darwin') {
    const dir = '/System/Library/Fonts/Supplemental';
    return {
      symbol: ['/System/Library/Fonts/Apple Symbols.ttf'],
      regular: [join(dir, 'Arial.ttf')],
      bold: [join(dir, 'Arial Bold.ttf')],
      italic: [join(dir, 'Arial Italic.ttf')],
      mono: [join(dir, 'Courier New.ttf')],
    };
  }
  const liberation = '/usr/share/fonts/truetype/liberation';
  const liberation2 = '/usr/share/fonts/truetype/liberation2';
  const dejavu = '/usr/share/fonts/truetype/dejavu';
  return {
    symbol: [join(dejavu, 'DejaVuSans.ttf')],
    regular: [
      join(liberation, 'LiberationSans-Regular.ttf'),
      join(liberation2, 'LiberationSans-Regular.ttf'),
      join(dejavu, 'DejaVuSans.ttf'),
    ],
    bold: [
      join(liberation, 'LiberationSans-Bold.ttf'),
      join(liberation2, 'LiberationSans-Bold.ttf'),
      join(dejavu, 'DejaVuSans-Bold.ttf'),
    ],
    italic: [
      join(liberation, 'LiberationSans-Italic.ttf'),
      join(liberation2, 'LiberationSans-Italic.ttf'),
      join(dejavu, 'DejaVuSans-Oblique.ttf'),
    ],
    mono: [
      join(liberation, 'LiberationMono-Regular.ttf'),
      join(liberation2, 'LiberationMono-Regular.ttf'),
      join(dejavu, 'DejaVuSansMono.ttf'),
    ],
  };
}

let cached: FontSet | null = null;

/** The fonts, read once per process. A face without a file falls back to the built-in set whole. */
export function reportFonts(): FontSet {
  if (cached) return cached;
  const candidates = fontCandidates();
  const found = Object.fromEntries(
    (Object.keys(candidates) as (FontFace | 'symbol')[]).map((face) => [
      face,
      candidates[face].find((path) => existsSync(path)),
    ]),
  ) as Record<FontFace | 'symbol', string | undefined>;
  const symbol = found.symbol ? { symbol: readFileSync(found.symbol) } : {};
  // Mixed sets would print one row in two different designs: all files, or none.
  cached =
    found.regular && found.bold && found.italic && found.mono
      ? {
          regular: readFileSync(found.regular),
          bold: readFileSync(found.bold),
          italic: readFileSync(found.italic),
          mono: readFileSync(found.mono),
          ...symbol,
        }
      : { ...BUILT_IN, ...symbol };
  return cached;
}
