// Makes the application icons from one source image: draws resources/icons/icon.png (256×256, a
// magnifying glass over a dossier on the app's blue) with pngjs, then resources/icons/icon.ico (256, 128,
// 64, 48, 32, 24, 16) from it with png-to-ico. Both files are committed; run `node scripts/packaging/make-icons.mjs`
// after changing the drawing.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import pngToIco from 'png-to-ico';

const SIZE = 256;
const SUBSAMPLES = 4; // 4×4 samples per pixel: antialiased edges
const BLUE = [0x1f, 0x4e, 0x79];
const PAPER = [0xf4, 0xf1, 0xe8];
const INK = [0x9a, 0xa7, 0xb4];
const WHITE = [0xff, 0xff, 0xff];

/** The colour at a point of the 256-unit canvas, or null (transparent). Later shapes cover earlier ones. */
function colourAt(x, y) {
  let colour = null;
  // Background: a rounded square.
  if (insideRoundedRect(x, y, 8, 8, 248, 248, 44)) colour = BLUE;
  // A dossier with three lines of text.
  if (insideRoundedRect(x, y, 48, 40, 160, 184, 10)) colour = PAPER;
  for (const lineY of [70, 96, 122])
    if (insideRoundedRect(x, y, 66, lineY, 142, lineY + 10, 5)) colour = INK;
  // The magnifying glass: lens ring, glass, handle.
  const cx = 150;
  const cy = 140;
  const distance = Math.hypot(x - cx, y - cy);
  if (distance <= 44) colour = mix(colour ?? BLUE, WHITE, 0.35);
  if (distance > 44 && distance <= 58) colour = WHITE;
  if (insideCapsule(x, y, cx + 48, cy + 48, 220, 212, 13)) colour = WHITE;
  return colour;
}

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const dx = Math.max(left + radius - x, 0, x - (right - radius));
  const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function insideCapsule(x, y, x1, y1, x2, y2, radius) {
  const vx = x2 - x1;
  const vy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (x1 + t * vx), y - (y1 + t * vy)) <= radius;
}

function mix(a, b, amount) {
  return a.map((value, i) => Math.round(value * (1 - amount) + b[i] * amount));
}

export function drawIcon() {
  const png = new PNG({ width: SIZE, height: SIZE });
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const colour = colourAt(px + (sx + 0.5) / SUBSAMPLES, py + (sy + 0.5) / SUBSAMPLES);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * SIZE + px) * 4;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return PNG.sync.write(png);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../resources/icons/', import.meta.url));
  const png = drawIcon();
  writeFileSync(`${dir}icon.png`, png);
  writeFileSync(`${dir}icon.ico`, await pngToIco(png));
  console.log(`icons written to ${dir}`);
}
