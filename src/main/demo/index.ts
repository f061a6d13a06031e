// The demo environment: the BCSS simulator in-process and its synthetic persons. Only this module imports
// src/simulator, and the app loads it (with a dynamic import) only when the demo environment is used.
export {
  createDemoEnvironment,
  demoEndpoint,
  simulatorServiceUrls,
  DEMO_INVESTIGATOR,
  DEMO_TIMEOUTS,
  type DemoEnvironment,
  type DemoEnvironmentOptions,
} from './demo-environment';
export { listDemoPersons } from './demo-persons';
