import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SaveOutcome } from '@/lib/db';

/** Rows drawn at once: a table of 25,000 contracts is searched, not scrolled. */
const SHOWN_ROWS = 100;

export interface Column<T> {
  header: string;
  cell(record: T): ReactNode;
}

export interface RecordSectionProps<T extends { id: string }> {
  title: string;
  singular: string;
  records: T[] | undefined;
  columns: Column<T>[];
  /** Lower-case text a search matches against. */
  searchText(record: T): string;
  renderForm(record: T | undefined, onClose: (saved: string | null) => void): ReactNode;
  onDelete(id: string): Promise<SaveOutcome<unknown>>;
  onStatus(message: string): void;
}

type Editing = { mode: 'new' } | { mode: 'edit'; id: string } | null;

export function RecordSection<T extends { id: string }>(props: RecordSectionProps<T>) {
  const { title, singular, records, columns, searchText, renderForm, onDelete, onStatus } = props;
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const matching = useMemo(() => {
    if (!records) return [];
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return records;
    return records.filter((record) => {
      const text = searchText(record);
      return words.every((word) => text.includes(word));
    });
  }, [records, query, searchText]);

  const close = (saved: string | null) => {
    if (saved) onStatus(`Saved ${singular} ${saved}.`);
    setEditing(null);
    addButton.current?.focus();
  };

  const editedRecord = editing?.mode === 'edit' ? records?.find((r) => r.id === editing.id) : undefined;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{title}</h2>
      <div className="actions">
        <label>
          Search {title.toLowerCase()}{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
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
      {editing && (editing.mode === 'new' || editedRecord) && renderForm(editedRecord, close)}
      {records === undefined ? (
        <p className="hint">Loading…</p>
      ) : (
        <>
          <p className="hint">
            {matching.length === records.length
              ? `${records.length.toLocaleString('en')} stored`
              : `${matching.length.toLocaleString('en')} of ${records.length.toLocaleString('en')} match`}
            {matching.length > SHOWN_ROWS ? `; showing the first ${SHOWN_ROWS}, search to narrow down` : ''}
          </p>
          {matching.length > 0 && (
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
                {matching.slice(0, SHOWN_ROWS).map((record) => (
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
                          <button type="button" aria-label={`Edit ${singular} ${record.id}`} disabled={editing !== null} onClick={() => setEditing({ mode: 'edit', id: record.id })}>
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
