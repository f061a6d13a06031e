// The window's title: the app's name, and the environment whenever it is not production.
import type { BrowserWindow } from 'electron';
import type { EnvironmentName } from '../../shared/contract/contract';

const ENVIRONMENT_LABELS: Record<string, string> = {
  demo: 'DEMO',
  test: 'TEST',
  acceptance: 'ACCEPTANCE',
};

export function windowTitle(environment: EnvironmentName | string): string {
  if (environment === 'production') return 'Inquiry Desk';
  return `Inquiry Desk — ${ENVIRONMENT_LABELS[environment] ?? environment.toUpperCase()}`;
}

/** Keeps the title ours (the page's <title> would replace it) and in step with the active environment. */
export function trackWindowTitle(
  window: BrowserWindow,
  environment: () => Promise<EnvironmentName | string>,
): () => Promise<void> {
  const refresh = async () => {
    const current = await environment();
    if (!window.isDestroyed()) window.setTitle(windowTitle(current));
  };
  window.on('page-title-updated', (event) => {
    event.preventDefault();
    void refresh();
  });
  void refresh();
  return refresh;
}
