// Binds every DeskApi method to an ipcMain handler that first checks which frame sent the message.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { DESK_METHODS, type DeskHandlers } from '../../shared/contract/contract';
import { ipcChannel } from '../../shared/contract/client';
import { fail } from '../../shared/contract/errors';
import { dispatch } from '../app';
import { originOf } from './url-origin';

/** Only the top frame of our own renderer may call: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(
  frame: WebFrameMain | null | undefined,
  trustedOrigins: string[],
): boolean {
  if (!frame || frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins.includes(origin);
}

export function bindDeskApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: DeskHandlers,
  trustedOrigins: string[],
): void {
  for (const method of DESK_METHODS) {
    ipcMain.handle(ipcChannel(method), (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
        return fail({ code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' });
      }
      return dispatch(handlers, method, input);
    });
  }
}
