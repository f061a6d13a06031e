// Builds a DeskApi object from one transport function, so both hosts expose exactly the contract.
import { DESK_METHODS, type DeskApi, type DeskMethod } from './contract';
import type { DeskResult } from './errors';

export type DeskTransport = (method: DeskMethod, input: unknown) => Promise<DeskResult<unknown>>;

export function buildDeskApi(transport: DeskTransport): DeskApi {
  const api: Record<string, (input?: unknown) => Promise<DeskResult<unknown>>> = {};
  for (const method of DESK_METHODS) api[method] = (input?: unknown) => transport(method, input);
  return api as DeskApi;
}

/** The IPC channel of a contract method in the Electron host. */
export function ipcChannel(method: DeskMethod): string {
  return `desk:${method}`;
}
