// Remembers the main window's size and position between launches, in the preferences store.
import type { BrowserWindow } from 'electron';
import type { KeyValueStore } from '../settings';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

const KEY = 'windowBounds';
export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

export function loadWindowBounds(store: KeyValueStore): WindowBounds {
  const saved = store.get(KEY) as Partial<WindowBounds> | undefined;
  if (!saved || typeof saved.width !== 'number' || typeof saved.height !== 'number')
    return DEFAULT_BOUNDS;
  return { ...DEFAULT_BOUNDS, ...saved };
}

export function trackWindowBounds(window: BrowserWindow, store: KeyValueStore): void {
  const save = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const maximized = window.isMaximized();
    // Keep the normal bounds while maximized, so un-maximizing next time restores a sensible size.
    const bounds = maximized ? window.getNormalBounds() : window.getBounds();
    store.set(KEY, { ...bounds, maximized });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
