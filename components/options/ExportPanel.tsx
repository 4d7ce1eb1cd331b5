export type ExportFormat = 'json' | 'csv';

export function ExportPanel({ onExport, disabled }: { onExport(format: ExportFormat): void; disabled: boolean }) {
  return (
    <section aria-labelledby="export-heading" className="panel">
      <h2 id="export-heading">Export</h2>
      <p className="hint">
        JSON keeps everything. CSV keeps contracts, clauses, creators' handles and brand names; brand aliases,
        handles, domains, categories and parents are only in JSON.
      </p>
      <div className="actions">
        <button type="button" onClick={() => onExport('json')} disabled={disabled}>
          Export JSON
        </button>
        <button type="button" onClick={() => onExport('csv')} disabled={disabled}>
          Export CSV
        </button>
      </div>
    </section>
  );
}
