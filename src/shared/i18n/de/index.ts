// German catalogue, one file per top-level key.
import type { Catalogue } from '../catalogue';
import { app } from './app';
import { environment } from './environment';
import { host } from './host';
import { language } from './language';
import { nav } from './nav';
import { start } from './start';
import { niss } from './niss';
import { period } from './period';
import { personName } from './personName';
import { demo } from './demo';
import { progress } from './progress';
import { inquiry } from './inquiry';
import { errors } from './errors';
import { errorInfo } from './errorInfo';
import { result } from './result';
import { answers } from './answers';
import { detail } from './detail';
import { supplements } from './supplements';
import { extract } from './extract';
import { foreigner } from './foreigner';
import { report } from './report';
import { codes } from './codes';
import { saved } from './saved';
import { offline } from './offline';
import { retention } from './retention';
import { audit } from './audit';
import { confirm } from './confirm';
import { leave } from './leave';
import { firstRun } from './firstRun';
import { vaultLock } from './vaultLock';
import { vault } from './vault';
import { access } from './access';
import { identify } from './identify';
import { settings } from './settings';
import { policy } from './policy';
import { lists } from './lists';
import { timeline } from './timeline';

export const de: Catalogue = {
  app,
  environment,
  host,
  language,
  nav,
  start,
  niss,
  period,
  personName,
  demo,
  progress,
  inquiry,
  errors,
  errorInfo,
  result,
  answers,
  detail,
  supplements,
  extract,
  foreigner,
  report,
  codes,
  saved,
  offline,
  retention,
  audit,
  confirm,
  leave,
  firstRun,
  vaultLock,
  vault,
  access,
  identify,
  settings,
  policy,
  lists,
  timeline,
};
