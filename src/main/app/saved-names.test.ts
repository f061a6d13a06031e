// The saved inquiries are found by the person's name even when none was typed: the register extract's (TI 010)
// once consulted; and the investigator adds or corrects the name on the saved copy, each change audited.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { composeTestDesk } from '../../test-support/desk';
import { DEMO_PERSONAS } from '../../test-support/simulator';

const person = DEMO_PERSONAS.find((p) => p.key === 'subsidiary-protection')!;
const today = new Date().toLocaleDateString('sv-SE');

describe('names on saved inquiries', () => {
  const desk = composeTestDesk();
  const { handlers } = desk;
  afterAll(() => desk.close());
  const found = async (search: string) =>
    (await handlers.listSavedInquiries({ search })).inquiries.map((summary) => summary.id);

  it('takes the register’s name once the extract is consulted, and the investigator’s correction after', async () => {
    const inquiry = await handlers.runInquiry({
      requestId: randomUUID(),
      niss: person.niss,
      period: { from: '2015-01-01', to: '2026-12-31' },
    });
    expect(await found(person.lastName)).not.toContain(inquiry.id);

    await handlers.consultRegisterExtract({ id: inquiry.id, history: false });
    expect(await found(person.lastName)).toContain(inquiry.id);
    expect(await found(`${person.firstName} ${person.lastName}`)).toContain(inquiry.id);

    const renamed = await handlers.renameSavedInquiry({
      id: inquiry.id,
      personName: '  Autre-Nom   Prénom ',
    });
    expect(renamed.personName).toBe('Autre-Nom Prénom');
    expect(await found('autre-nom')).toContain(inquiry.id);
    expect(await found(person.lastName)).not.toContain(inquiry.id);
    // The inquiry itself is unchanged.
    expect((await handlers.openSavedInquiry({ id: inquiry.id })).finalNiss).toBe(inquiry.finalNiss);

    // An empty name goes back to the register's.
    expect((await handlers.renameSavedInquiry({ id: inquiry.id, personName: '' })).personName).toBe(
      `${person.lastName.toUpperCase()} ${person.firstName}`,
    );

    const audit = await handlers.exportAudit({ from: today, to: today, language: 'fr' });
    const renames = audit.csv
      .split(/\r?\n/)
      .filter((line) => line.includes('Nom de la personne modifié'));
    expect(renames).toHaveLength(2);
    expect(renames[0]!.replace(/[.-]/g, '')).toContain(person.niss);
  }, 60_000);
});
