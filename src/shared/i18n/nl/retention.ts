// Dutch texts of the retention period of saved inquiries.
import type { Catalogue } from '../catalogue';

export const retention: Catalogue['retention'] = {
  title: 'Bewaartermijn',
  summary:
    'Onderzoeken worden {{days}} dag(en) bewaard; volgende opruiming op {{date}} om {{time}}.',
  summaryNoDate: 'Onderzoeken worden {{days}} dag(en) bewaard.',
  paused:
    'De automatische opruimingen zijn opgeschort: de bewaarde instelling is onleesbaar. Sla de termijn opnieuw op om ze te hervatten.',
  label: 'Onderzoeken bewaren (in dagen)',
  help: 'Van 1 tot 3650 dagen, gerekend vanaf de raadpleging. Bij de volgende opruiming worden oudere onderzoeken verwijderd; het auditlogboek valt daar niet onder.',
  invalid: 'Vul een geheel aantal dagen in, van 1 tot 3650.',
  save: 'Termijn opslaan',
  saved: 'Nieuwe bewaartermijn opgeslagen.',
};
