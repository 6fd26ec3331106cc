import { useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'opsledger.theme';

function initialTheme(): Theme {
  const stored = localStorage.getItem(KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Light or dark, remembered per browser; kiosk mode forces dark without changing the choice. */
export function useTheme(forced?: Theme): [Theme, (t: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const shown = forced ?? theme;
  useEffect(() => { document.documentElement.dataset.theme = shown; }, [shown]);
  return [shown, (t: Theme) => { localStorage.setItem(KEY, t); setTheme(t); }];
}
