import { useEffect, useRef, useState } from 'react';
import type { Stats } from '@/lib/schema/messages';
import { plural } from './format';

export function WipePanel({ stats, onWipe }: { stats: Stats | undefined; onWipe(): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [wiping, setWiping] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // The safe choice has the focus, so Enter pressed out of habit keeps the data.
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (wasConfirming.current) start.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // Disabled while the counts load too: the question names what will be deleted.
  const nothingToWipe = stats === undefined || stats.contracts + stats.creators + stats.brands === 0;
  return (
    <section aria-labelledby="wipe-heading" className="panel">
      <h2 id="wipe-heading">Wipe all data</h2>
      {!confirming ? (
        <button type="button" ref={start} className="danger" disabled={nothingToWipe} onClick={() => setConfirming(true)}>
          Wipe all data…
        </button>
      ) : (
        <div
          role="group"
          aria-labelledby="wipe-question"
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="wipe-question">
            Delete {stats ? `${plural(stats.contracts, 'contract')}, ${plural(stats.creators, 'creator')} and ${plural(stats.brands, 'brand')}` : 'all data'}{' '}
            from this browser? This cannot be undone; export first if you may need them.
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={wiping}
              onClick={async () => {
                setWiping(true);
                try {
                  await onWipe();
                } finally {
                  setWiping(false);
                  setConfirming(false);
                }
              }}
            >
              Yes, wipe everything
            </button>
            <button type="button" ref={keep} onClick={() => setConfirming(false)} disabled={wiping}>
              Keep my data
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
