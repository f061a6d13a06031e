// The report tests' own helpers: a report context (who, for which CPAS, when) and hostile strings.
import type { ReportContext } from '../main/report/report-model';

export function context(partial: Partial<ReportContext> = {}): ReportContext {
  return {
    language: 'fr',
    organisation: { cpasName: 'CPAS de Liège', cbe: '0207777760' },
    investigator: 'Claire Dumont',
    environment: 'demo',
    generatedAt: new Date('2025-05-13T08:00:00.000Z'),
    ...partial,
  };
}

/** Text that must stay text wherever it lands: HTML, SVG, header templates, CSV. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  quote: 'L\'aide "urgente" & <b>gras</b>',
  formula: '=HYPERLINK("http://evil.example","clic")',
};
