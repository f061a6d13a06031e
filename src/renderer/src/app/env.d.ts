/// <reference types="vite/client" />
import type { DeskApi } from '../../../shared/contract/contract';

declare global {
  interface Window {
    /** Present in the Electron host (preload); the browser host is reached over HTTP instead. */
    desk?: DeskApi;
  }
}
