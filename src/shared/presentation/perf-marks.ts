// Names of the performance marks the renderer sets and the benchmarks read.
export const PERF_MARKS = {
  answerReceived: 'desk:answer-received',
  swimlanesPainted: 'desk:swimlanes-painted',
} as const;
