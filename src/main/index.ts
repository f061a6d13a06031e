// Entry of the Electron main process.
import { startElectronHost } from './electron';

startElectronHost();
