// A bar chart drawn by chart.js on a canvas: no inline styles or eval (chart.js 4 sizes its canvas through the CSSOM,
// which the strict CSP allows); colours are the design tokens, read from the stylesheet.
import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: number[];
  /** A custom property of tokens.css, e.g. '--chart-due'. */
  colorToken: string;
}

export function BarChart({
  title,
  description,
  labels,
  series,
  format,
  counts = false,
  testId,
}: {
  title: string;
  /** What the chart shows, for screen readers (the same figures are in a table beside it). */
  description: string;
  labels: string[];
  series: BarSeries[];
  format: (value: number) => string;
  /** Whole numbers: no 0.5 on the axis. */
  counts?: boolean;
  testId: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const styles = getComputedStyle(document.documentElement);
    const token = (name: string) => styles.getPropertyValue(name).trim();
    // The app's own type, not chart.js's default Helvetica.
    const font = { family: getComputedStyle(canvas.current).fontFamily, size: 12 };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: token(s.colorToken),
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        color: token('--text'),
        font,
        plugins: {
          legend: { position: 'bottom', labels: { font } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${format(Number(item.parsed.y))}`,
            },
          },
        },
        scales: {
          x: { ticks: { color: token('--muted'), font }, grid: { display: false } },
          y: {
            ticks: {
              color: token('--muted'),
              font,
              ...(counts ? { precision: 0 } : {}),
              callback: (value) => format(Number(value)),
            },
            grid: { color: token('--border-light') },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, series, format, counts]);
  return (
    <figure className="lists-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="lists-chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
    </figure>
  );
}
