// The layer table of eslint.config.js, row by row: an import each row allows passes, one it forbids fails.
// And the cycle check of `npm run lint` counts type-only imports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer rule's complaints about `code` placed at `filePath` (the file need not exist). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

const allowed = async (file: string, code: string) =>
  expect(await layerErrors(file, code), `${file}: ${code}`).toEqual([]);
const refused = async (file: string, code: string, reason: RegExp) => {
  const errors = await layerErrors(file, code);
  expect(errors, `${file}: ${code}`).toHaveLength(1);
  expect(errors[0]).toMatch(reason);
};

describe('shared/domain imports nothing of ours, and runs anywhere', () => {
  const file = 'src/shared/domain/x.ts';
  it('may use its own files and plain packages', async () => {
    await allowed(file, "import { parseNiss } from './niss';");
    await allowed(file, "import { z } from 'zod';");
  });
  it('may not import the contract, Node or React', async () => {
    await refused(file, "import type { DeskApi } from '../contract/contract';", /may not import/);
    await refused(file, "import { readFile } from 'node:fs';", /Node built-ins/);
    await refused(file, "import { useState } from 'react';", /React/);
  });
});

describe('shared/contract imports the domain, and only the types of i18n', () => {
  const file = 'src/shared/contract/x.ts';
  it('allows the domain and a type of the catalogue', async () => {
    await allowed(file, "import { parseNiss } from '../domain/niss';");
    await allowed(file, "import type { MessageKey } from '../i18n';");
  });
  it('refuses presentation and a value of the catalogue', async () => {
    await refused(file, "import { laneViews } from '../presentation/lanes';", /may not import/);
    await refused(file, "import { catalogues } from '../i18n';", /only types/);
  });
});

describe('shared/i18n imports the domain only', () => {
  const file = 'src/shared/i18n/x.ts';
  it('allows the domain, refuses the contract', async () => {
    await allowed(file, "import { LANGUAGES } from '../domain/preferences';");
    await refused(file, "import { DESK_METHODS } from '../contract/contract';", /may not import/);
  });
});

describe('shared/presentation imports the domain and the types of i18n', () => {
  const file = 'src/shared/presentation/x.ts';
  it('allows the domain and catalogue types', async () => {
    await allowed(file, "import { LANES } from '../domain/inquiry';");
    await allowed(file, "import type { MessageKey } from '../i18n';");
  });
  it('refuses the contract, catalogue values and the DOM of React', async () => {
    await refused(file, "import { DESK_METHODS } from '../contract/contract';", /may not import/);
    await refused(file, "import { catalogues } from '../i18n';", /only types/);
    await refused(file, "import { createRoot } from 'react-dom/client';", /React/);
  });
});

describe('shared/findings imports the domain and the types of i18n', () => {
  const file = 'src/shared/findings/x.ts';
  it('allows the domain and catalogue types', async () => {
    await allowed(file, "import { deriveAidPeriods } from '../domain/aid-periods';");
    await allowed(file, "import type { MessageKey } from '../i18n';");
  });
  it('refuses presentation, the contract, catalogue values, Node and React', async () => {
    await refused(file, "import { laneViews } from '../presentation/lanes';", /may not import/);
    await refused(file, "import { DESK_METHODS } from '../contract/contract';", /may not import/);
    await refused(file, "import { catalogues } from '../i18n';", /only types/);
    await refused(file, "import { readFile } from 'node:fs';", /Node built-ins/);
    await refused(file, "import { useState } from 'react';", /React/);
  });
  it('is imported by the renderer and by main', async () => {
    await allowed(
      'src/renderer/src/features/x/X.tsx',
      "import { findingsOf } from '../../../../shared/findings';",
    );
    await allowed('src/main/report/x.ts', "import { findingsOf } from '../../shared/findings';");
  });
});

describe('shared/comparison imports the domain, the findings, presentation and the types of i18n', () => {
  const file = 'src/shared/comparison/x.ts';
  it('allows the domain, the findings and presentation', async () => {
    await allowed(file, "import { deriveAidPeriods } from '../domain/aid-periods';");
    await allowed(file, "import { findingsOf } from '../findings';");
    await allowed(file, "import { formatInquiryPeriod } from '../presentation/format';");
    await allowed(file, "import type { MessageKey } from '../i18n';");
  });
  it('refuses the contract, catalogue values, Node and React', async () => {
    await refused(file, "import { DESK_METHODS } from '../contract/contract';", /may not import/);
    await refused(file, "import { catalogues } from '../i18n';", /only types/);
    await refused(file, "import { readFile } from 'node:fs';", /Node built-ins/);
    await refused(file, "import { useState } from 'react';", /React/);
  });
  it('is imported by the renderer and by main, not by the findings', async () => {
    await allowed(
      'src/renderer/src/features/x/X.tsx',
      "import { compareInquiries } from '../../../../shared/comparison';",
    );
    await allowed(
      'src/main/report/x.ts',
      "import { compareInquiries } from '../../shared/comparison';",
    );
    await refused(
      'src/shared/findings/x.ts',
      "import { compareInquiries } from '../comparison';",
      /may not import/,
    );
  });
});

describe('the renderer imports shared only', () => {
  const file = 'src/renderer/src/features/x/X.tsx';
  it('allows every shared part', async () => {
    await allowed(file, "import { laneViews } from '../../../../shared/presentation/lanes';");
    await allowed(file, "import { DESK_METHODS } from '../../../../shared/contract/contract';");
  });
  it('refuses main, the simulator, Node and electron', async () => {
    await refused(file, "import { composeDesk } from '../../../../main/app';", /may not import/);
    await refused(
      file,
      "import { DEMO_PERSONAS } from '../../../../simulator/personas';",
      /may not/,
    );
    await refused(file, "import { readFile } from 'node:fs';", /Node built-ins/);
    await refused(file, "import { ipcRenderer } from 'electron';", /Electron host/);
  });
});

describe('the preload imports the contract and electron', () => {
  const file = 'src/preload/x.ts';
  it('allows them, refuses main', async () => {
    await allowed(file, "import { contextBridge } from 'electron';");
    await allowed(file, "import { DESK_METHODS } from '../shared/contract/contract';");
    await refused(file, "import { dispatch } from '../main/app';", /may not import/);
  });
});

describe('the simulator imports shared/domain only', () => {
  const file = 'src/simulator/x.ts';
  it('allows the domain, refuses the contract and main', async () => {
    await allowed(file, "import { parseNiss } from '../shared/domain/niss';");
    await refused(file, "import { DESK_METHODS } from '../shared/contract/contract';", /may not/);
    await refused(file, "import { callSoap } from '../main/bcss';", /may not import/);
  });
});

describe('main modules meet each other through their index.ts', () => {
  const file = 'src/main/inquiry/x.ts';
  it('allows its own files, shared, and another module’s index', async () => {
    await allowed(file, "import { validNiss } from './request-checks';");
    await allowed(file, "import { callSoap } from '../bcss';");
    await allowed(file, "import { LANES } from '../../shared/domain/inquiry';");
  });
  it('refuses another module’s inner file, the simulator and test-support', async () => {
    await refused(file, "import { callSoap } from '../bcss/soap';", /only through its index\.ts/);
    await refused(file, "import { DEMO_PERSONAS } from '../../simulator/personas';", /may not/);
    await refused(file, "import { testPki } from '../../test-support/simulator';", /may not/);
  });
  it('main/policy (the policy file of CPAS IT) is a main module like the others', async () => {
    await allowed('src/main/app/x.ts', "import { loadPolicy } from '../policy';");
    await refused(
      'src/main/app/x.ts',
      "import { guardHandlers } from '../policy/enforce';",
      /only through its index\.ts/,
    );
    await allowed('src/main/policy/x.ts', "import { parseCbe } from '../../shared/domain/niss';");
    await refused('src/main/policy/x.ts', "import { app } from 'electron';", /Electron host/);
  });
  it('main/diagnostics (the service desk log) is a main module like the others', async () => {
    await allowed('src/main/app/x.ts', "import { createDiagnosticLog } from '../diagnostics';");
    await refused(
      'src/main/app/x.ts',
      "import { createDiagnosticLog } from '../diagnostics/diagnostic-log';",
      /only through its index\.ts/,
    );
  });
  it('main/lists (the Nova+ lists) is a main module like the others, reaching the vault by its index', async () => {
    await allowed('src/main/app/x.ts', "import { createListsService } from '../lists';");
    await refused(
      'src/main/app/x.ts',
      "import { openListStore } from '../lists/list-store';",
      /only through its index\.ts/,
    );
    await allowed('src/main/lists/x.ts', "import { appendFrame } from '../vault';");
    await refused(
      'src/main/lists/x.ts',
      "import { seal } from '../vault/record-crypto';",
      /only through its index\.ts/,
    );
    await refused(
      'src/main/lists/x.ts',
      "import { demoListFiles } from '../../simulator/lists/demo-lists';",
      /may not/,
    );
  });
  it("the list server's packages (ftp-srv, ssh2) stay in the simulator; main uses the clients", async () => {
    await allowed('src/simulator/lists/x.ts', "import { FtpSrv } from 'ftp-srv';");
    await refused(
      'src/main/lists/x.ts',
      "import { FtpSrv } from 'ftp-srv';",
      /demo and test dependency/,
    );
    await refused('src/main/lists/x.ts', "import ssh2 from 'ssh2';", /demo and test dependency/);
    await allowed('src/main/lists/x.ts', "import SftpClient from 'ssh2-sftp-client';");
  });
  it('loads the demo only on demand: a dynamic import or types, never a static import', async () => {
    await allowed(file, "export const load = () => import('../demo');");
    await allowed(file, "import type { DemoEnvironment } from '../demo';");
    await refused(file, "import { createDemoEnvironment } from '../demo';", /dynamic import/);
  });
  it('only main/demo imports the simulator', async () => {
    await allowed('src/main/demo/x.ts', "import { startSimulator } from '../../simulator/server';");
  });
  it('the Electron entry point starts the Electron host only', async () => {
    await allowed('src/main/index.ts', "import { startElectronHost } from './electron';");
    await refused('src/main/index.ts', "import { composeDesk } from './app';", /may not import/);
  });
});

describe("'electron' only in the Electron host", () => {
  const code = "import { app } from 'electron';";
  it('is allowed in main/electron, the entry point and the preload', async () => {
    for (const file of ['src/main/electron/x.ts', 'src/main/index.ts', 'src/preload/x.ts'])
      await allowed(file, code);
  });
  it('is refused elsewhere, tests included', async () => {
    for (const file of [
      'src/main/web/server.ts',
      'src/main/vault/x.test.ts',
      'src/shared/domain/x.ts',
      'src/simulator/server.ts',
    ])
      await refused(file, code, /Electron host/);
    await refused('src/main/vault/x.ts', "import 'electron/main';", /Electron host/);
  });
});

describe('test-support serves tests only', () => {
  it('a test may import it, production code may not', async () => {
    const code = "import { testPki } from '../../test-support/simulator';";
    await allowed('src/main/vault/x.test.ts', code);
    await refused('src/main/vault/x.ts', code, /may not import/);
    await allowed(
      'e2e/browser-host/x.spec.ts',
      "import { testPki } from '../../src/test-support/simulator';",
    );
  });
  it('e2e reaches the app through test-support and shared, not main', async () => {
    await refused(
      'e2e/x.spec.ts',
      "import { readInquiryJson } from '../src/main/report';",
      /may not/,
    );
  });
  it('the e2e page objects are e2e: shared and test-support, not main', async () => {
    await allowed('e2e/pages/x.ts', "import { LANES } from '../../src/shared/domain/inquiry';");
    await allowed(
      'e2e/pages/x.ts',
      "import { readCsv } from '../../src/test-support/files/csv-read';",
    );
    await refused(
      'e2e/pages/x.ts',
      "import { createVault } from '../../src/main/vault';",
      /may not/,
    );
  });
  it('the test runner stays in tests', async () => {
    await refused('src/main/vault/x.ts', "import { expect } from 'vitest';", /test runner/);
    await allowed('src/main/vault/x.test.ts', "import { expect } from 'vitest';");
  });
  it("the demo's own packages stay in the simulator", async () => {
    await refused(
      'src/main/bcss/x.ts',
      "import { faker } from '@faker-js/faker';",
      /demo and test/,
    );
    await allowed('src/simulator/x.ts', "import { faker } from '@faker-js/faker';");
  });
});

describe('the cycle check of npm run lint', () => {
  it('finds a cycle made of type-only imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-cycle-'));
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = { b: B };\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = { a?: A };\n");
    writeFileSync(join(dir, 'c.ts'), "import type { A } from './a';\nexport type C = A;\n");
    const graph = await madge(dir, { fileExtensions: ['ts'] });
    expect(graph.circular()).toEqual([['a.ts', 'b.ts']]);
  });
});
