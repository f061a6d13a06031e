// The simulator's list files follow our schema (NovaListsV1.xsd), and agree with the personas' Social Inquiry answers.
import { describe, expect, it } from 'vitest';
import { validateXml } from '../services/schemas';
import { demoPersona } from '../personas';
import { bigStatementFile, demoListFiles, UNKNOWN_DEMO_CODE } from './demo-lists';

const TODAY = new Date('2026-12-07T09:00:00');

describe('the demo list files', () => {
  const files = demoListFiles(TODAY);

  it('are valid against our XSD, every one of them', async () => {
    for (const file of files) {
      const result = await validateXml(file.content, 'novaLists');
      expect(result, file.name).toEqual({ valid: true, errors: [] });
    }
  }, 60_000);

  it("put a persona whose form is blocked in the Social Inquiry answer in that day's blocking list", () => {
    const blocked = demoPersona('overlap-blocked');
    const today = files.find((f) => f.name === 'NOVA_BLOCKING_0207777760_20261207_001.xml');
    expect(today?.content).toContain(`<ssin>${blocked.niss}</ssin>`);
    expect(today?.content).toContain('<name>CPAS de Bruxelles</name>');
  });

  it('hold twelve closed months of statements and one rejection list with an unknown code', () => {
    expect(files.filter((f) => f.kind === 'statement')).toHaveLength(12);
    const rejections = files.filter((f) => f.kind === 'rejection');
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.content).toContain(UNKNOWN_DEMO_CODE);
  });

  it('a schema-invalid row is refused by the XSD too (the model and the schema agree)', async () => {
    const file = files.find((f) => f.kind === 'statement')!;
    const broken = file.content.replace(
      /<amountDue>(\d+)\.(\d)\d<\/amountDue>/,
      '<amountDue>$1.$2</amountDue>',
    );
    expect(broken).not.toBe(file.content);
    expect((await validateXml(broken, 'novaLists')).valid).toBe(false);
  });
});

it('the big month is seeded: the same seed writes the same file, and it is valid', async () => {
  const collect = async (seed: number) => {
    let text = '';
    for await (const chunk of bigStatementFile({ rows: 300, closedMonth: '2026-11', seed }))
      text += chunk;
    return text;
  };
  const first = await collect(5);
  expect(await collect(5)).toBe(first);
  expect(await collect(6)).not.toBe(first);
  expect(first.match(/<statement>/g)).toHaveLength(300);
  expect(await validateXml(first, 'novaLists')).toEqual({ valid: true, errors: [] });
}, 60_000);
