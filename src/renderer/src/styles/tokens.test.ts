// The style sheets keep to the tokens: colours are written in tokens.css only (the lanes' in the shared
// palette), and every var(--name) they read is defined somewhere.
import { describe, expect, it } from 'vitest';
import { laneCustomProperties } from '../../../shared/presentation/lane-palette';

const sheets = import.meta.glob<string>('../**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const tokens = sheets['./tokens.css'] ?? '';
const others = Object.entries(sheets).filter(([path]) => path !== './tokens.css');

/** A colour written out: #rgb…, rgb()/rgba()/hsl()/hsla(), or a named colour other than the keywords. */
const RAW_COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(|:\s*(?:white|black|red|green|blue|gray|grey)\b/gi;

const definedIn = (css: string) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);

describe('style sheets and tokens', () => {
  it('finds the style sheets', () => {
    expect(tokens).toContain(':root');
    expect(others.map(([path]) => path)).toContain('../features/result/result.css');
    expect(others.map(([path]) => path)).toContain('./app.css');
  });

  for (const [path, css] of Object.entries(sheets)) {
    if (path === './tokens.css') continue;
    it(`${path} writes no colour of its own`, () => {
      const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
      expect(withoutComments.match(RAW_COLOUR) ?? []).toEqual([]);
    });
  }

  it('every var(--name) read is a token, a lane colour or a property the sheet sets itself', () => {
    const defined = new Set([
      ...definedIn(tokens),
      ...laneCustomProperties().map(([name]) => name),
      ...others.flatMap(([, css]) => definedIn(css)),
    ]);
    for (const [path, css] of others) {
      for (const [, name] of css.matchAll(/var\((--[\w-]+)/g)) {
        expect(defined.has(name!), `${path}: ${name}`).toBe(true);
      }
    }
  });

  it('tokens.css defines each token once', () => {
    const names = definedIn(tokens);
    expect(new Set(names).size).toBe(names.length);
  });
});
