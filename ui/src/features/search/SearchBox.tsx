import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from '@/lib/graphql/hooks';
import { HeaderSearch } from './api';
import { grouped, linkOf, snippetParts, type Hit } from './results';
import './search.css';

const DEBOUNCE_MS = 200;

/** The text after the user paused typing, so that a query is not sent for every key. */
function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * The header's search box, on every page: results as you type, grouped by kind; arrow keys move
 * through them, Enter opens the highlighted one, Escape closes the list (WAI-ARIA combobox).
 */
export default function SearchBox() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The highlighted option belongs to one answer: a new answer starts again at its first option.
  const [selection, setSelection] = useState<{ answer: unknown; index: number }>({ answer: undefined, index: 0 });
  const query = useDebounced(text.trim());
  const navigate = useNavigate();
  const id = useId();
  const { data, fetching, problem } = useLiveQuery(HeaderSearch, { query, first: 12 }, { pause: query.length < 2 });
  const groups = useMemo(() => grouped((data?.search.edges ?? []).map((edge) => edge.node as Hit)), [data]);
  const flat = groups.flatMap((group) => group.hits);
  const offsets = groups.map((_, g) => groups.slice(0, g).reduce((count, group) => count + group.hits.length, 0));
  const showing = open && query.length >= 2;
  const active = selection.answer === data ? selection.index : 0;
  const setActive = (next: (current: number) => number) => setSelection({ answer: data, index: next(active) });

  const openHit = (hit: Hit) => {
    setOpen(false);
    setText('');
    navigate(linkOf(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && flat.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % flat.length);
    } else if (event.key === 'ArrowUp' && flat.length > 0) {
      event.preventDefault();
      setActive((current) => (current - 1 + flat.length) % flat.length);
    } else if (event.key === 'Enter' && showing && flat[active]) {
      event.preventDefault();
      openHit(flat[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="search-box">
      <input
        type="search"
        role="combobox"
        aria-label="Search plans, tasks, alerts, pipelines and backups"
        aria-expanded={showing && flat.length > 0}
        aria-controls={`${id}-results`}
        aria-autocomplete="list"
        aria-activedescendant={showing && flat[active] ? optionId(active) : undefined}
        placeholder="Search…"
        value={text}
        onChange={(event) => { setText(event.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <div id={`${id}-results`} role="listbox" aria-label="Search results" className="search-results"
           hidden={!showing || flat.length === 0}>
        {groups.map((group, g) => (
          <div role="group" aria-labelledby={`${id}-${group.label}`} key={group.label}>
            <div role="presentation" id={`${id}-${group.label}`} className="search-group-label">{group.label}</div>
            {group.hits.map((hit, h) => {
              const position = offsets[g] + h;
              return (
                <div role="option" id={optionId(position)} key={`${hit.kind}:${hit.entityId}`} className="search-option"
                     aria-selected={position === active} data-kind={hit.kind} data-entity-id={hit.entityId}
                     onMouseDown={(event) => { event.preventDefault(); openHit(hit); }}
                     onMouseEnter={() => setActive(() => position)}>
                  <div className="search-option-title">{hit.title}</div>
                  {hit.snippet !== hit.title ? (
                    <div className="search-option-snippet">
                      {snippetParts(hit.snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {showing && flat.length === 0 ? (
        <div className="search-results search-status" role="status">
          {problem ? problem.text : fetching ? 'Searching…' : 'Nothing found'}
        </div>
      ) : null}
    </div>
  );
}
