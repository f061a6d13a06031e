import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAndPrint } from './print-page';

/** The new tab as the opener sees it: about:blank first, then the report page once it has loaded. */
function fakeTab() {
  return {
    closed: false,
    location: { pathname: 'blank' },
    document: { readyState: 'loading' },
    focus: vi.fn(),
    print: vi.fn(),
  };
}

function fakeWindow(tab: ReturnType<typeof fakeTab> | null) {
  return {
    open: vi.fn(() => tab),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  } as unknown as Window & { open: ReturnType<typeof vi.fn> };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('opening the print page', () => {
  it('says so when the browser blocks the tab', () => {
    expect(openAndPrint('/report-print/abc', fakeWindow(null))).toBe(false);
  });

  it('prints the report page once it has loaded, not the blank page before it, and only once', () => {
    const tab = fakeTab();
    const win = fakeWindow(tab);
    expect(openAndPrint('/report-print/abc', win)).toBe(true);
    expect(win.open).toHaveBeenCalledWith('/report-print/abc', '_blank');
    tab.document.readyState = 'complete';
    vi.advanceTimersByTime(500);
    expect(tab.print).not.toHaveBeenCalled();
    tab.location.pathname = '/report-print/abc';
    vi.advanceTimersByTime(500);
    expect(tab.print).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(tab.print).toHaveBeenCalledTimes(1);
  });

  it('gives up when the tab is closed before it loads', () => {
    const tab = fakeTab();
    openAndPrint('/report-print/abc', fakeWindow(tab));
    tab.closed = true;
    tab.location.pathname = '/report-print/abc';
    tab.document.readyState = 'complete';
    vi.advanceTimersByTime(1_000);
    expect(tab.print).not.toHaveBeenCalled();
  });
});
