// The preload: exposes window.desk, built from the contract, and nothing else (no raw ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron';
import { buildDeskApi, ipcChannel } from '../shared/contract/client';
import type { DeskApi } from '../shared/contract/contract';
import type { DeskResult } from '../shared/contract/errors';

const desk: DeskApi = buildDeskApi(
  (method, input) => ipcRenderer.invoke(ipcChannel(method), input) as Promise<DeskResult<unknown>>,
);

contextBridge.exposeInMainWorld('desk', desk);
