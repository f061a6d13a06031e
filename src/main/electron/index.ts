// TODO header
export { startElectronHost } from './host';
