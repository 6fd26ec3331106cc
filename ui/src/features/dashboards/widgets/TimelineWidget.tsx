import { RelativeTime } from '@/components/RelativeTime';
import type { WidgetProps } from './types';

export function TimelineWidget({ data }: WidgetProps) {
  if (data.items.length === 0) return <p className="empty">Nothing happened in this window.</p>;
  return (
    <ol className="widget-timeline">
      {data.items.map((item) => (
        <li key={item.id}>
          <span className="meta"><RelativeTime at={item.at} /></span>
          <span className="widget-item-title">{item.title}</span>
          {item.detail ? <span className="meta">{item.detail}</span> : null}
        </li>
      ))}
    </ol>
  );
}
