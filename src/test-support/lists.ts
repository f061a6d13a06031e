// List files for the tests of the Nova+ lists: the simulator's writer and demo files, and small helpers to feed a reader.
export {
  listFileXml,
  listOpening,
  listRowXml,
  listClosing,
  errorFrequencies,
} from '../simulator/lists/list-xml';
export {
  demoListFiles,
  bigStatementFile,
  blockingRows,
  listFileName,
  UNKNOWN_DEMO_CODE,
  type ListFile,
} from '../simulator/lists/demo-lists';

/** A string as a stream of chunks of `size` characters (bytes for ASCII), as a download delivers it. */
export async function* chunked(text: string, size = 97): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export {
  startListServers,
  DEMO_LIST_DIRECTORY,
  DEMO_LIST_USER,
  type ListServers,
} from '../simulator/lists/list-servers';
export { parseListFault, type ListFault } from '../simulator/lists/list-faults';
export { demoPersona } from '../simulator/personas';
