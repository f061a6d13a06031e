// The result's table view: one table per lane, a row per period, each row opening the detail panel.
import type { Locator, Page } from '@playwright/test';
import { LANES, type LaneId } from '../../src/shared/domain/inquiry';

export class TableView {
  /** The lanes' tables, in order. */
  readonly lanes: Locator;
  /** "In force on": only the rows whose period holds the day typed (dd/mm/yyyy). */
  readonly dateFilter: Locator;

  constructor(private readonly page: Page) {
    this.lanes = page.locator('[data-testid^="table-lane-"]');
    this.dateFilter = page.getByTestId('table-date-filter');
  }

  lane(lane: LaneId): Locator {
    return this.page.getByTestId(`table-lane-${lane}`);
  }

  rows(lane: LaneId): Locator {
    return this.lane(lane).getByTestId('row');
  }

  /** The rows a finding's (or a change's) link selected, besides the one open. */
  highlighted(): Locator {
    return this.page.locator('.lane-table tr.is-highlighted');
  }

  /** What an empty lane says instead of rows. */
  emptyLane(lane: LaneId): Locator {
    return this.page.getByTestId(`lane-empty-${lane}`);
  }

  /** Row counts of every lane (0 for an empty lane). */
  async rowCounts(): Promise<Record<LaneId, number>> {
    const counts = {} as Record<LaneId, number>;
    for (const lane of LANES) counts[lane] = await this.rows(lane).count();
    return counts;
  }

  /** Opens a row's details (the detail panel). */
  async open(row: Locator): Promise<void> {
    await row.getByTestId('row-open').click();
  }
}
