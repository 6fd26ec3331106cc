import { RelativeTime } from '@/components/RelativeTime';
import type { WidgetProps } from './types';

export function ListWidget({ data }: WidgetProps) {
  if (data.items.length === 0) return <p className="empty">Nothing to list.</p>;
  return (
    <ul className="widget-list">
      {data.items.map((item) => (
        <li key={item.id}>
          <span className="widget-item-title">{item.title}</span>
          {item.detail ? <span className="meta"> {item.detail}</span> : null}
          {item.at ? <span className="meta"> · <RelativeTime at={item.at} /></span> : null}
        </li>
      ))}
    </ul>
  );
}
