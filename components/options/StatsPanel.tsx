import type { Stats } from '@/lib/schema/messages';

/** Stored counts; `undefined` while the database is being read. */
export function StatsPanel({ stats }: { stats: Stats | undefined }) {
  return (
    <section aria-labelledby="stats-heading" className="panel">
      <h2 id="stats-heading">Stored in this browser</h2>
      {stats === undefined ? (
        <p className="hint">Loading…</p>
      ) : (
        <dl className="stats">
          <div>
            <dt>Creators</dt>
            <dd>{stats.creators.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Brands</dt>
            <dd>{stats.brands.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Contracts</dt>
            <dd>{stats.contracts.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Clauses</dt>
            <dd>{stats.clauses.toLocaleString('en')}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
