// Browser host: opens the report's one-use print page in a new tab and calls its print() once it has loaded.
const POLL_MS = 100;
const GIVE_UP_MS = 60_000;

/**
 * Returns false when the browser blocked the tab. The page is same-origin, so this page may call its
 * print(); it is polled rather than listened to, since a listener put on the new tab before its first
 * document replaces about:blank may be lost.
 */
export function openAndPrint(path: string, win: Window = window): boolean {
  const page = win.open(path, '_blank');
  if (!page) return false;
  const started = Date.now();
  const timer = win.setInterval(() => {
    let ready: boolean;
    try {
      ready =
        !page.closed && page.location.pathname === path && page.document.readyState === 'complete';
    } catch {
      // Not ours any more (navigated away): nothing to print.
      win.clearInterval(timer);
      return;
    }
    if (ready) {
      win.clearInterval(timer);
      page.focus();
      page.print();
    } else if (page.closed || Date.now() - started > GIVE_UP_MS) {
      win.clearInterval(timer);
    }
  }, POLL_MS);
  return true;
}
