import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WidgetProps } from './types';
import { alignSeries } from './series';

const COLORS = ['#2f81f7', '#d1242f', '#1a7f37', '#bf8700', '#8250df', '#57606a'];

/** A time series drawn by uPlot (about 50 KB, loaded with the first chart), resized with its cell. */
export default function TimeseriesWidget({ data, title }: WidgetProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const key = data.series.map((s) => s.name).join('|');

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const styles = getComputedStyle(document.documentElement);
    const axis = { stroke: styles.getPropertyValue('--muted').trim() || '#57606a', grid: { stroke: styles.getPropertyValue('--border').trim() || '#d0d7de', width: 1 } };
    const plot = new uPlot({
      width: Math.max(120, el.clientWidth),
      height: Math.max(80, el.clientHeight - 30),
      series: [{}, ...data.series.map((s, i) => ({ label: s.name, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: true }))],
      axes: [axis, axis],
      legend: { show: true },
    }, alignSeries(data.series), el);
    chart.current = plot;
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(120, el.clientWidth), height: Math.max(80, el.clientHeight - 30) }));
    observer.observe(el);
    return () => { observer.disconnect(); plot.destroy(); chart.current = null; };
    // Rebuilt only when the set of series changes; new points go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => { chart.current?.setData(alignSeries(data.series)); }, [data.series]);

  const totals = data.series.map((s) => `${s.name}: ${s.points.reduce((sum, p) => sum + p.value, 0)}`).join(', ');
  return (
    <figure className="timeseries">
      <div ref={box} className="timeseries-chart" aria-hidden="true" />
      <figcaption className="visually-hidden">{title}. Totals over the window: {totals || 'no data'}.</figcaption>
      <p className="series-totals" data-testid="series-totals">{totals || 'No data in this window.'}</p>
    </figure>
  );
}
