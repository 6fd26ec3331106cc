/** uPlot wants one x axis (seconds) and one y array per series, aligned; gaps are null. */
export function alignSeries(series: readonly { name: string; points: readonly { at: string; value: number }[] }[]): [number[], ...(number | null)[][]] {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => Date.parse(p.at) / 1000)))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const ys = series.map((s) => {
    const row: (number | null)[] = xs.map(() => null);
    s.points.forEach((p) => { row[index.get(Date.parse(p.at) / 1000) as number] = p.value; });
    return row;
  });
  return [xs, ...ys];
}
