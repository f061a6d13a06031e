// Child process of the lists' kill test: imports list files in a loop (each one twice: the second must import
// nothing) until killed, printing each import committed with its row count.
import { createKeyFileBox } from '../main/vault/key-file-box';
import { createVault } from '../main/vault/vault';
import { LISTS_AREA, openListStore } from '../main/lists/list-store';
import { bigStatementFile } from '../simulator/lists/demo-lists';

const [dataDir, keyPath, startText, rowsText] = process.argv.slice(2);
if (!dataDir || !keyPath || !startText || !rowsText) {
  throw new Error(
    'usage: lists-crash-writer <dataDir> <keyPath> <start> <rows>  (then a line on stdin)',
  );
}
await new Promise((resolve) => process.stdin.once('data', resolve));

const vault = await createVault({ dataDir, secretBox: createKeyFileBox({ path: keyPath }) });
const store = await openListStore({ area: await vault.area(LISTS_AREA), batchSize: 100 });
process.stdout.write('ready\n');
for (let n = Number(startText); ; n++) {
  const file = () => bigStatementFile({ rows: Number(rowsText), closedMonth: '2026-11', seed: n });
  process.stdout.write(`importing ${n}\n`);
  const first = await store.import(`NOVA_STATEMENT_${n}.xml`, file(), { source: 'import' });
  process.stdout.write(`${first.status} ${n} ${first.file.rows}\n`);
  const again = await store.import(`NOVA_STATEMENT_${n}.xml`, file(), { source: 'import' });
  process.stdout.write(`${again.status} ${n} again\n`);
}
