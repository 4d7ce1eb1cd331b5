import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { RecordPage, SaveOutcome } from '@/lib/db';

/** Rows drawn at once: a table of 25,000 contracts is searched, not scrolled. */
export const SHOWN_ROWS = 100;

export interface Column<T> {
  header: string;
  cell(record: T): ReactNode;
}

export interface RecordSectionProps<T extends { id: string }> {
  title: string;
  singular: string;
  /** The rows to show for `query`; undefined while loading. */
  page: RecordPage<T> | undefined;
  query: string;
  onQuery(query: string): void;
  columns: Column<T>[];
  renderForm(record: T | undefined, onClose: (saved: string | null) => void): ReactNode;
  onDelete(id: string): Promise<SaveOutcome<unknown>>;
  onStatus(message: string): void;
}

type Editing<T> = { mode: 'new' } | { mode: 'edit'; record: T } | null;

export function RecordSection<T extends { id: string }>(props: RecordSectionProps<T>) {
  const { title, singular, page, query, onQuery, columns, renderForm, onDelete, onStatus } = props;
  const headingId = useId();
  const [editing, setEditing] = useState<Editing<T>>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const close = (saved: string | null) => {
    if (saved) onStatus(`Saved ${singular} ${saved}.`);
    setEditing(null);
    addButton.current?.focus();
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{title}</h2>
      <div className="actions">
        <label>
          Search {title.toLowerCase()}{' '}
          <input type="search" value={query} onChange={(e) => onQuery(e.currentTarget.value)} />
        </label>
        <button type="button" ref={addButton} onClick={() => setEditing({ mode: 'new' })} disabled={editing !== null}>
          Add {singular}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      )}
      {editing && renderForm(editing.mode === 'edit' ? editing.record : undefined, close)}
      {page === undefined ? (
        <p className="hint">Loading…</p>
      ) : (
        <>
          <p className="hint">
            {query.trim() === ''
              ? `${page.total.toLocaleString('en')} stored`
              : `${page.matching.toLocaleString('en')} of ${page.total.toLocaleString('en')} match`}
            {page.matching > page.rows.length ? `; showing the first ${page.rows.length}, search to narrow down` : ''}
          </p>
          {page.rows.length > 0 && (
            <table className="records">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th scope="col" key={column.header}>
                      {column.header}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((record) => (
                  <tr key={record.id}>
                    {columns.map((column) => (
                      <td key={column.header}>{column.cell(record)}</td>
                    ))}
                    <td className="row-actions">
                      {confirming === record.id ? (
                        <ConfirmDelete
                          label={`${singular} ${record.id}`}
                          onYes={async () => {
                            const outcome = await onDelete(record.id);
                            setConfirming(null);
                            if (outcome.ok) {
                              setRefusal(null);
                              onStatus(`Deleted ${singular} ${record.id}.`);
                              addButton.current?.focus();
                            } else setRefusal(`Not deleted: ${outcome.errors.map((e) => e.message).join('; ')}`);
                          }}
                          onNo={() => setConfirming(null)}
                        />
                      ) : (
                        <>
                          <button type="button" aria-label={`Edit ${singular} ${record.id}`} disabled={editing !== null} onClick={() => setEditing({ mode: 'edit', record })}>
                            Edit
                          </button>{' '}
                          <button type="button" aria-label={`Delete ${singular} ${record.id}`} className="danger" onClick={() => setConfirming(record.id)}>
                            Delete
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function ConfirmDelete({ label, onYes, onNo }: { label: string; onYes(): void; onNo(): void }) {
  const no = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus.
  useEffect(() => no.current?.focus(), []);
  return (
    <span role="group" aria-label={`Delete ${label}?`} onKeyDown={(e) => e.key === 'Escape' && onNo()}>
      Delete?{' '}
      <button type="button" className="danger" onClick={onYes}>
        Yes, delete {label}
      </button>{' '}
      <button type="button" ref={no} onClick={onNo}>
        No
      </button>
    </span>
  );
}
