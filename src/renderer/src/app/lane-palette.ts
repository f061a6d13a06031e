// Puts the lane palette (shared/presentation/lane-palette.ts) on the document root as CSS custom properties,
// through the CSSOM: the strict CSP (style-src 'self') allows no inline style, and result.css reads them.
import { laneCustomProperties } from '../../../shared/presentation/lane-palette';

export function applyLanePalette(
  root: Pick<HTMLElement, 'style'> = document.documentElement,
): void {
  for (const [name, value] of laneCustomProperties()) root.style.setProperty(name, value);
}
