import { formatNumber } from '@/lib/time';
import type { WidgetProps } from './types';

export function CounterWidget({ data, title }: WidgetProps) {
  return (
    <p className="counter" aria-label={`${title}: ${formatNumber(data.value)}`}>
      <span className="counter-value" data-testid="counter-value">{formatNumber(data.value == null ? null : Math.round(data.value * 10) / 10)}</span>
    </p>
  );
}
