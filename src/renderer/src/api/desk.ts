// The renderer's DeskApi: the preload's window.desk in Electron, the HTTP bridge in the browser host.
import { buildDeskApi } from '../../../shared/contract/client';
import type { DeskApi } from '../../../shared/contract/contract';
import { createHttpTransport, takeToken } from './http-transport';

export function connectDesk(): DeskApi {
  if (window.desk) return window.desk;
  const token = takeToken(window.location, window.sessionStorage, window.history);
  return buildDeskApi(createHttpTransport(token));
}

export const desk: DeskApi = connectDesk();
