// The process boundary is enforced by lint: 'electron' only in the three allowed places.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const ELECTRON_IMPORT = "import { app } from 'electron';\nexport const name = app.getName();\n";

async function restrictedImportErrors(filePath: string, code = ELECTRON_IMPORT) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('lint boundaries', () => {
  it("fails an 'electron' import anywhere else", async () => {
    for (const file of [
      'src/main/inquiry/run.ts',
      'src/main/web/server.ts',
      'src/shared/niss.ts',
      'src/simulator/server.ts',
      'src/renderer/src/App.tsx',
    ]) {
      expect(await restrictedImportErrors(file), file).toHaveLength(1);
    }
    expect(
      await restrictedImportErrors('src/main/vault/x.ts', "import 'electron/main';\n"),
    ).toHaveLength(1);
  });

  it("allows 'electron' in src/main/electron/, src/main/index.ts and src/preload/", async () => {
    for (const file of [
      'src/main/electron/window.ts',
      'src/main/index.ts',
      'src/preload/index.ts',
    ]) {
      expect(await restrictedImportErrors(file), file).toHaveLength(0);
    }
  });

  it('keeps Node and main-process modules out of the renderer', async () => {
    expect(
      await restrictedImportErrors(
        'src/renderer/src/x.ts',
        "import { readFile } from 'node:fs';\nexport { readFile };\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportErrors(
        'src/renderer/src/x.ts',
        "import { dispatch } from '../../main/rpc/dispatch';\nexport { dispatch };\n",
      ),
    ).toHaveLength(1);
  });
});
