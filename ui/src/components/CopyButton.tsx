import { useState } from 'react';

/** Copies text to the clipboard and says so; falls back to selecting it when the clipboard is closed. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="btn btn-ghost btn-small"
      aria-label={`Copy ${label}`}
      onClick={() => {
        navigator.clipboard?.writeText(text).then(() => setDone('copied'), () => setDone('failed'));
        setTimeout(() => setDone('idle'), 2000);
      }}
    >
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy failed: select the text' : 'Copy'}
      <span className="visually-hidden" aria-live="polite">{done === 'copied' ? `${label} copied` : ''}</span>
    </button>
  );
}
