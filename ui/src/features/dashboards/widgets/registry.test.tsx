// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { widgetFor, widgetRegistry } from './registry';
import { WIDGET_TYPES } from './types';
import { alignSeries } from './series';

const data = (over: object) => ({ widgetId: 'w', type: 'COUNTER' as const, dataSource: 's', from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', value: null, series: [], items: [], ...over });

describe('the widget registry', () => {
  it('has a component for every widget type of the schema', () => {
    expect(Object.keys(widgetRegistry).sort()).toEqual([...WIDGET_TYPES].sort());
  });

  it('draws a COUNTER as its number', () => {
    const Counter = widgetFor('COUNTER');
    render(<Counter title="Backups" data={data({ value: 1234 })} />);
    expect(screen.getByTestId('counter-value').textContent).toBe('1,234');
  });

  it('draws a LIST as its items', () => {
    const List = widgetFor('LIST');
    render(<List title="Open alerts" data={data({ type: 'LIST', items: [{ id: '1', title: 'Backup db failed', detail: 'CRITICAL', at: null }] })} />);
    expect(screen.getByText('Backup db failed')).toBeTruthy();
  });

  it('draws an unknown type as a note instead of failing', () => {
    const Unknown = widgetFor('HEATMAP');
    render(<Unknown title="x" data={data({ type: 'HEATMAP' })} />);
    expect(screen.getByText(/cannot draw HEATMAP widgets yet/)).toBeTruthy();
  });

  it('aligns series on one time axis for the chart', () => {
    const [xs, a, b] = alignSeries([
      { name: 'FAILED', points: [{ at: '2026-01-01T00:00:00Z', value: 1 }] },
      { name: 'SUCCEEDED', points: [{ at: '2026-01-01T00:00:00Z', value: 2 }, { at: '2026-01-01T01:00:00Z', value: 3 }] },
    ]);
    expect(xs).toEqual([1767225600, 1767229200]);
    expect(a).toEqual([1, null]);
    expect(b).toEqual([2, 3]);
  });
});
