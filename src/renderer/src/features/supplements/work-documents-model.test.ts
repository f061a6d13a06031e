// Work documents on the timeline: incomplete dates spread over their month or year, indefinite ones open.
import { describe, expect, it } from 'vitest';
import type { EmploymentCard } from '../../../../shared/domain/supplements';
import { workDocumentSpans, workDocumentsWindow } from './work-documents-model';

const day = (value: string) => ({ value, precision: 'day' as const });
const doc = (patch: Partial<EmploymentCard>): EmploymentCard => ({
  number: 'A1',
  inception: day('2020-03-01'),
  end: null,
  expiry: day('2021-02-28'),
  indefinite: false,
  comment: null,
  duplicate: null,
  ...patch,
});
const edge = new Date(2027, 0, 1);

describe('work document spans', () => {
  it('run from the inception to the day after the expiry', () => {
    const [span] = workDocumentSpans({ employmentCards: [], workPermits: [doc({})] }, edge);
    expect(span).toMatchObject({ lane: 'workPermits', open: false, number: 'A1' });
    expect(span!.start).toEqual(new Date(2020, 2, 1));
    expect(span!.end).toEqual(new Date(2021, 2, 1));
  });

  it('spread an incomplete inception over its month, and keep an indefinite document open', () => {
    const [span] = workDocumentSpans(
      {
        employmentCards: [
          doc({
            inception: { value: '2019-07', precision: 'month' },
            expiry: null,
            indefinite: true,
          }),
        ],
        workPermits: [],
      },
      edge,
    );
    expect(span).toMatchObject({ lane: 'employmentCards', open: true, indefinite: true });
    expect(span!.start).toEqual(new Date(2019, 6, 1));
    expect(span!.end).toEqual(edge);
  });

  it('end a document at its closing when the register closed it before it expired', () => {
    const [span] = workDocumentSpans(
      { employmentCards: [doc({ end: day('2020-06-30') })], workPermits: [] },
      edge,
    );
    expect(span!.end).toEqual(new Date(2020, 6, 1));
    expect(span!.open).toBe(false);
  });

  it('show several documents at once, each with its own row id', () => {
    const spans = workDocumentSpans(
      { employmentCards: [doc({ number: 'C1' }), doc({ number: 'C2' })], workPermits: [doc({})] },
      edge,
    );
    expect(spans.map((span) => span.id)).toEqual([
      'employmentCards-0',
      'employmentCards-1',
      'workPermits-0',
    ]);
  });

  it('open on every start up to today, not on the far open edge of indefinite documents', () => {
    const today = new Date(2026, 11, 1);
    const spans = workDocumentSpans(
      {
        employmentCards: [doc({ expiry: null, indefinite: true })],
        workPermits: [doc({ inception: day('2018-05-10') })],
      },
      new Date(2126, 0, 1),
    );
    expect(workDocumentsWindow(spans, today)).toEqual({
      start: new Date(2018, 1, 10),
      end: new Date(2027, 5, 1),
    });
    expect(workDocumentsWindow([], today)).toBeNull();
  });
});
