// Sets the performance marks the benchmarks read (bench/render.bench.ts): answer received, swimlanes painted.
import { PERF_MARKS } from '../../../shared/presentation/perf-marks';

export function markAnswerReceived(): void {
  performance.mark(PERF_MARKS.answerReceived);
}

/** After the browser has painted the frame the timeline just drew. */
export function markSwimlanesPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(PERF_MARKS.swimlanesPainted), 0));
}
