// The environments the app can talk to: the demo (our BCSS simulator) and the BCSS's own three.
export const REMOTE_ENVIRONMENTS = ['test', 'acceptance', 'production'] as const;
export type RemoteEnvironmentName = (typeof REMOTE_ENVIRONMENTS)[number];

export const ENVIRONMENT_NAMES = ['demo', ...REMOTE_ENVIRONMENTS] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];
