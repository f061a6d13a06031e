// The preload: exposes window.desk, built from the contract, and nothing else (no raw ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron';
import { buildDeskApi, ipcChannel } from '../shared/api/client';
import type { DeskApi } from '../shared/api/contract';
import type { DeskResult } from '../shared/api/errors';

const desk: DeskApi = buildDeskApi(
  (method, input) => ipcRenderer.invoke(ipcChannel(method), input) as Promise<DeskResult<unknown>>,
);

contextBridge.exposeInMainWorld('desk', desk);
