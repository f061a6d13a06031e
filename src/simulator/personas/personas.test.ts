// The demo personas: enough cases, valid and unique numbers, consistent stories, a heavy person, determinism, and an up-to-date docs/personas.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseCbe, parseNiss } from '../../shared/domain/niss';
import { overlaps } from '../services/periods';
import {
  AID_TYPES,
  COUNTRIES,
  CPAS_LIST,
  cpasByCbe,
  DEMO_CPAS_CBE,
  DEMO_PERSONAS,
  demoPersona,
  FORM_TYPES,
  generatePersona,
  generatePersonas,
  makeNiss,
  MUNICIPALITIES,
  PersonaRegistry,
  REGISTERS,
  REPLACEMENT_NISS,
  STATUS_DETAILS,
  STATUSES,
  periodCount,
  type Labels,
  type Persona,
} from './index';
import { addDays } from './builders';
import { PERSONAS_DOC_PATH, personasMarkdown } from './personas-doc';

const COMPLETE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INCOMPLETE_DATE = /^\d{4}-(00-00|(0[1-9]|1[0-2])-(00|0[1-9]|[12]\d|3[01]))$/;

function allLabels(): Labels[] {
  return [
    ...Object.values(COUNTRIES),
    ...Object.values(REGISTERS),
    ...Object.values(STATUSES),
    ...Object.values(STATUS_DETAILS),
    ...Object.values(AID_TYPES),
    ...Object.values(FORM_TYPES).flatMap((types) => Object.values(types)),
    ...Object.values(MUNICIPALITIES).map((m) => m.labels),
  ];
}

describe('DEMO_PERSONAS', () => {
  it('has at least 25 cases with unique keys', () => {
    expect(DEMO_PERSONAS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(DEMO_PERSONAS.map((p) => p.key)).size).toBe(DEMO_PERSONAS.length);
  });

  it('every NISS is valid, unique (replacements included), and says the persona birth date and sex', () => {
    const numbers = [...DEMO_PERSONAS.map((p) => p.niss), ...Object.values(REPLACEMENT_NISS)];
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const persona of DEMO_PERSONAS) {
      const parsed = parseNiss(persona.niss);
      expect(parsed.ok, persona.key).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.birthDate, persona.key).toBe(persona.birthDate);
      expect(parsed.sex, persona.key).toBe(persona.sex);
    }
    for (const final of Object.values(REPLACEMENT_NISS)) expect(parseNiss(final).ok).toBe(true);
    // A registry refuses duplicates, so building one is a uniqueness check of its own.
    expect(new PersonaRegistry(DEMO_PERSONAS).size).toBe(numbers.length);
  });

  it('covers national and BIS numbers, and every expected code of DOMAIN.md', () => {
    const kinds = new Set(DEMO_PERSONAS.map((p) => (parseNiss(p.niss) as { kind: string }).kind));
    expect(kinds).toEqual(new Set(['national', 'bis']));
    const codes = new Set(DEMO_PERSONAS.map((p) => p.expected.code));
    for (const code of [
      'MSG00000',
      'MSG00005',
      'MSG00007',
      'MSG00008',
      'MSG00009',
      'MSG00012',
      'MSG00013',
      'MSG00014',
      'MSG00100',
    ]) {
      expect(codes.has(code as Persona['expected']['code']), code).toBe(true);
    }
  });

  it('has a heavy person with thirty years and at least 2,000 periods', () => {
    const heavy = demoPersona('heavy-history').history!;
    expect(periodCount(heavy)).toBeGreaterThanOrEqual(2000);
    const begins = heavy.forms.map((f) => f.declared.begin).sort();
    expect(begins[0]!.slice(0, 4)).toBe('1995');
    expect(begins.at(-1)!.slice(0, 4)).toBe('2024');
  });

  it('gives the heavy person the same lifecycles: decisions ended by their stop, claims inside them', () => {
    const forms = demoPersona('heavy-history').history!.forms;
    const aidForms = forms.filter((f) => f.legalBasis !== 'ORGANIC');
    const decisions = aidForms.filter((f) => f.formType === 'B' || f.formType === 'B1');
    const stops = aidForms.filter((f) => f.formType === 'C');
    // Each decision runs open until its CPAS's stop of the same basis; only the last one still runs.
    expect(decisions.length).toBeGreaterThan(30);
    expect(stops).toHaveLength(decisions.length - 1);
    const aids = decisions.map((decision, i) => {
      const stop = stops[i];
      expect(decision.declared.end).toBeUndefined();
      if (stop) {
        expect([stop.cpas, stop.legalBasis]).toEqual([decision.cpas, decision.legalBasis]);
        expect(stop.declared.begin > decision.declared.begin).toBe(true);
      }
      const begin = (decision.recalculated ?? decision.declared).begin;
      return { decision, begin, end: stop ? addDays(stop.declared.begin, -1) : '9999-12-31' };
    });
    // The late stop of 2012: the next CPAS's decision blocked for the overlap, retained from the stop.
    const blocked = decisions.filter((d) => d.blocked?.reason === 'OVERLAP');
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.recalculated!.begin > blocked[0]!.declared.begin).toBe(true);
    // Every claim (monthly, medical) falls inside an aid of its CPAS and basis.
    for (const claim of aidForms.filter((f) => f.formType !== 'C' && !decisions.includes(f))) {
      const inside = aids.some(
        ({ decision, begin, end }) =>
          decision.cpas === claim.cpas &&
          decision.legalBasis === claim.legalBasis &&
          begin <= claim.declared.begin &&
          (claim.recalculated ?? claim.declared).end! <= end,
      );
      expect(inside, claim.reference).toBe(true);
    }
    // Loi organique aid comes as one-off decisions (a day each): none takes over another.
    for (const f of forms.filter((f) => f.legalBasis === 'ORGANIC')) {
      expect([f.formType, f.declared.end]).toEqual(['B', f.declared.begin]);
    }
  });

  it('labels every code in French, Dutch and German, within CommonV3 description length', () => {
    for (const l of allLabels()) {
      for (const text of [l.fr, l.nl, l.de]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect([...text].length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('uses real municipality codes and valid, distinct CBE numbers', () => {
    expect(MUNICIPALITIES.bruxelles).toMatchObject({ nis: '21004', postalCode: '1000' });
    expect(MUNICIPALITIES.liege).toMatchObject({ nis: '62063', postalCode: '4000' });
    expect(MUNICIPALITIES.eupen).toMatchObject({ nis: '63023', postalCode: '4700' });
    for (const c of CPAS_LIST) expect(parseCbe(c.cbe).ok, c.cbe).toBe(true);
    expect(new Set(CPAS_LIST.map((c) => c.cbe)).size).toBe(CPAS_LIST.length);
    expect(CPAS_LIST[0]!.cbe).toBe(DEMO_CPAS_CBE);
  });

  it('writes dates as the sources do: incomplete only in National Register sections, complete in SPP IS records', () => {
    for (const p of DEMO_PERSONAS) {
      const h = p.history;
      if (!h) continue;
      for (const s of [
        ...h.nationalities,
        ...h.registers,
        ...h.residences,
        ...h.inCharge,
        ...h.statuses,
      ]) {
        expect(s.begin, p.key).toMatch(INCOMPLETE_DATE);
        if (s.end)
          expect(s.end === '9999-12-31' || INCOMPLETE_DATE.test(s.end), `${p.key} ${s.end}`).toBe(
            true,
          );
      }
      for (const f of h.forms) {
        for (const d of [
          f.declared.begin,
          f.declared.end,
          f.recalculated?.begin,
          f.recalculated?.end,
          f.decisionDate,
          f.entryDate,
        ]) {
          if (d !== undefined) expect(d, `${p.key} ${f.reference}`).toMatch(COMPLETE_DATE);
        }
        expect(() => cpasByCbe(f.cpas)).not.toThrow();
        if (f.blocked?.otherCpas) expect(f.blocked.otherCpas).not.toBe(f.cpas);
      }
      for (const x of [...h.piis, ...h.art35]) {
        expect(x.begin).toMatch(COMPLETE_DATE);
        expect(x.cpas).toMatch(/^\d{10}$/);
      }
      for (const a of h.art35) expect(a.end >= a.begin, `${p.key} ${a.reference}`).toBe(true);
      for (const x of h.piis) {
        // A prolongation begins the day after the PIIS ends (ListOfAttestation reports it so).
        if (x.extension)
          expect(x.extension.begin, `${p.key} ${x.reference}`).toBe(addDays(x.end!, 1));
      }
      expect(new Set(h.piis.map((x) => x.reference)).size, p.key).toBe(h.piis.length);
    }
  });

  it('tells consistent stories: asylum seekers are in the waiting register while a reception structure is in charge', () => {
    for (const key of [
      'asylum-to-refugee',
      'minor-attached-to-parent',
      'subsidiary-protection',
      'reception-centre-in-charge',
    ]) {
      const h = demoPersona(key).history!;
      const asylum = h.statuses.filter((s) => s.status === 'ASYLUM_SEEKER');
      const waiting = h.registers.filter((r) => r.register === 'WAITING');
      expect(asylum.length, key).toBeGreaterThan(0);
      for (const s of asylum) {
        expect(
          waiting.some((r) => r.begin <= s.begin),
          key,
        ).toBe(true);
      }
      for (const period of h.inCharge.filter((p) => p.organisation.kind === 'STRUCTURE')) {
        expect(
          asylum.some((s) =>
            overlaps(s, {
              begin: period.begin.replace(/-00/g, '-01'),
              end: period.begin.replace(/-00/g, '-01'),
            }),
          ),
          key,
        ).toBe(true);
      }
    }
    // The minor's TI 207 follows her parent's.
    expect(demoPersona('minor-attached-to-parent').history!.inCharge).toEqual(
      demoPersona('asylum-to-refugee').history!.inCharge,
    );
    // A recalculated period never starts before the form's CPAS was in charge (the refugee's ILA period).
    const refugeeForm = demoPersona('asylum-to-refugee').history!.forms[0]!;
    expect(refugeeForm.recalculated?.begin).toBe('2023-04-01');
    expect(refugeeForm.declared.begin).not.toBe(refugeeForm.recalculated?.begin);
  });

  it('is deterministic: building the module again gives the same persons', async () => {
    vi.resetModules();
    const again = (await import('./demo-personas')).DEMO_PERSONAS;
    expect(JSON.stringify(again)).toBe(JSON.stringify(DEMO_PERSONAS));
  });
});

describe('generator', () => {
  it('gives the same person for the same seed, different ones for different seeds', () => {
    expect(JSON.stringify(generatePersona(42))).toBe(JSON.stringify(generatePersona(42)));
    expect(generatePersona(42).niss).not.toBe(generatePersona(43).niss);
  });

  it('makes many valid, unique persons, none colliding with the demo ones', () => {
    const reserved = DEMO_PERSONAS.map((p) => p.niss);
    const persons = generatePersonas(500, 1000, reserved);
    expect(JSON.stringify(generatePersonas(500, 1000, reserved))).toBe(JSON.stringify(persons));
    const numbers = persons.map((p) => p.niss);
    expect(new Set(numbers).size).toBe(500);
    for (const p of persons) {
      expect(parseNiss(p.niss).ok, p.niss).toBe(true);
      expect(reserved).not.toContain(p.niss);
      expect(periodCount(p.history!)).toBeGreaterThan(3);
      for (const f of p.history!.forms) expect(() => cpasByCbe(f.cpas)).not.toThrow();
    }
    expect(() => new PersonaRegistry([...DEMO_PERSONAS, ...persons])).not.toThrow();
  });

  it('makes forms follow their lifecycles: a stop ends each decision on a move, a late one blocks the next', () => {
    const persons = generatePersonas(200, 7);
    let late = 0;
    for (const p of persons) {
      const forms = p.history!.forms;
      const decisions = forms.filter((f) => f.formType === 'B' || f.formType === 'B1');
      const stops = forms.filter((f) => f.formType === 'C');
      // Every decision but the last CPAS's is followed by that CPAS's stop, on or after the next one's start.
      expect(stops.length, p.key).toBe(decisions.length - 1);
      decisions.slice(0, -1).forEach((decision, i) => {
        const stop = stops[i]!;
        const next = decisions[i + 1]!;
        expect(stop.cpas, p.key).toBe(decision.cpas);
        expect(decision.declared.end, p.key).toBeUndefined();
        expect(stop.declared.begin >= next.declared.begin, p.key).toBe(true);
        if (stop.declared.begin > next.declared.begin) {
          late++;
          expect(next.blocked, p.key).toEqual({ reason: 'OVERLAP', otherCpas: decision.cpas });
          expect(next.recalculated?.begin, p.key).toBe(stop.declared.begin);
        } else {
          expect(next.blocked, p.key).toBeUndefined();
        }
      });
      // Claims fall inside their CPAS's decision (from its start, before its stop).
      for (const claim of forms.filter((f) => f.formType === 'D' || f.formType === 'D1')) {
        const own = decisions.filter((d) => d.cpas === claim.cpas);
        expect(
          own.some((d) => d.declared.begin <= claim.declared.begin),
          `${p.key} ${claim.reference}`,
        ).toBe(true);
      }
    }
    expect(late).toBeGreaterThan(0);
  });
});

describe('makeNiss', () => {
  it('reproduces the public vectors of DOMAIN.md', () => {
    expect(makeNiss({ year: 1985, month: 7, day: 30, counter: 33 })).toBe('85073003328');
    expect(makeNiss({ year: 2017, month: 7, day: 30, counter: 33 })).toBe('17073003384');
    expect(makeNiss({ year: 1998, month: 7, day: 28, counter: 997, kind: 'bis' })).toBe(
      '98472899765',
    );
  });
});

describe('docs/personas.md', () => {
  it('is up to date (regenerate: npx tsx src/simulator/personas/personas-doc.ts)', async () => {
    expect(readFileSync(PERSONAS_DOC_PATH, 'utf8')).toBe(await personasMarkdown());
  });
});
