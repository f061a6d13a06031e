// The swimlanes as a user meets them: the zoom presets, the items and labelled spans drawn, the listbox the
// keyboard walks (one Tab stop, an active option), the skip link past it, and what it announces.
import type { Locator, Page } from '@playwright/test';
import type { ZoomPreset } from '../../src/shared/domain/preferences';

/** How one drawn bar's label shows, measured in the page. */
export interface LabelReport {
  id: string;
  text: string;
  span: boolean;
  /** The label is wider than its bar. */
  overflows: boolean;
  /** The label runs on beside its bar (a span's or a lone period's). */
  spilled: boolean;
  /** Some of the label is hidden: cut by its bar, by the window's edge, or under another bar of its row. */
  hidden: string | null;
}

export class SwimlanesView {
  readonly root: Locator;
  readonly listbox: Locator;
  readonly items: Locator;
  readonly spans: Locator;
  /** The option the keyboard is on. */
  readonly active: Locator;
  readonly skipLink: Locator;
  /** Where the skip link sends the focus. */
  readonly after: Locator;
  readonly announcement: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('timeline');
    this.listbox = page.getByTestId('timeline-listbox');
    this.items = this.root.getByTestId('timeline-item');
    this.spans = this.root.getByTestId('timeline-span');
    this.active = this.root.locator('[role="option"][aria-selected="true"]');
    this.skipLink = page.getByTestId('timeline-skip');
    this.after = page.getByTestId('timeline-after');
    this.announcement = page.getByTestId('timeline-announce');
  }

  async zoom(preset: ZoomPreset): Promise<void> {
    await this.page.getByTestId(`zoom-${preset}`).click();
  }

  /** A span of a (sub-)lane, by the words of its label. */
  span(label: string | RegExp): Locator {
    return this.spans.filter({ hasText: label });
  }

  /** Tabs from where the focus is until it reaches the timeline (at most `limit` presses). */
  async tabToTimeline(limit = 60): Promise<number> {
    for (let presses = 1; presses <= limit; presses++) {
      await this.page.keyboard.press('Tab');
      const there = await this.listbox.evaluate(
        (element) => element === element.ownerDocument.activeElement,
      );
      if (there) return presses;
    }
    throw new Error(`the timeline was not reached in ${limit} presses of Tab`);
  }

  /** Whether the active option is drawn inside the visible part of the timeline (its window). */
  async activeIsInWindow(): Promise<boolean> {
    return this.active.evaluate((option) => {
      const centre = option.closest('.vis-panel.vis-center') ?? option.closest('.vis-timeline');
      const bar = option.closest('.vis-item') ?? option;
      if (!centre) return false;
      const c = centre.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return b.right > c.left && b.left < c.right;
    });
  }

  /** Every bar drawn in the window, with how its label shows (measured in the page, not estimated). */
  async labels(): Promise<LabelReport[]> {
    return this.root.evaluate((root) => {
      const centre = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const bars = [...root.querySelectorAll('.vis-item.vis-range')].filter((bar) =>
        bar.querySelector('[role="option"]'),
      );
      const rects = bars.map((bar) => bar.getBoundingClientRect());
      return bars.map((bar, index) => {
        const option = bar.querySelector('[role="option"]')!;
        const label = option.querySelector('.tl-label') ?? option;
        const box = rects[index]!;
        const own = label.getBoundingClientRect();
        // The whole content (badges, label, "ongoing") from where the bar shows it.
        const content = option.getBoundingClientRect();
        // A label moved into the window (data-shift) is measured where it now shows.
        const needed = label.hasAttribute('data-shift')
          ? own.right
          : option.hasAttribute('data-shift')
            ? content.right
            : Math.max(content.right, own.right);
        const spilled = bar.classList.contains('tl-spill');
        let hidden: string | null = null;
        if (box.right > centre.left && box.left < centre.right && own.width > 0) {
          if (!spilled && needed > box.right + 1) hidden = 'cut by its bar';
          else if (needed > centre.right + 1 && box.right < centre.right)
            hidden = 'cut by the window';
          else if (spilled) {
            const under = rects.find(
              (other, j) =>
                j !== index &&
                Math.abs(other.top - box.top) < 2 &&
                other.left >= box.right - 1 &&
                other.left < needed - 1,
            );
            if (under) hidden = 'under the next bar of its row';
          }
        }
        return {
          id: option.getAttribute('data-item-id') ?? '',
          text: option.textContent ?? '',
          span: option.getAttribute('data-testid') === 'timeline-span',
          overflows: needed > box.right + 1,
          spilled,
          hidden,
        };
      });
    });
  }
}
