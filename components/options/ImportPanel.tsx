import { useEffect, useRef, useState } from 'react';
import type { ImportMode, ImportPreview, TableChanges } from '@/lib/db';
import type { ImportProblem } from '@/lib/exchange';
import { plural } from './format';
import type { ImportState } from './useImportFlow';

/** How many problems the page lists before summarising the rest. */
const SHOWN_PROBLEMS = 200;

export interface ImportPanelProps {
  state: ImportState;
  mode: ImportMode;
  onFile(file: File): void;
  onMode(mode: ImportMode): void;
  onImport(): void;
  onCancel(): void;
}

export function ImportPanel({ state, mode, onFile, onMode, onImport, onCancel }: ImportPanelProps) {
  // A new input after each finished attempt, so choosing the same file again fires a change.
  const [inputKey, setInputKey] = useState(0);
  const lastStep = useRef(state.step);
  useEffect(() => {
    if (state.step === 'idle' && lastStep.current !== 'idle') setInputKey((k) => k + 1);
    lastStep.current = state.step;
  }, [state.step]);

  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <section aria-labelledby="import-heading" className="panel">
      <h2 id="import-heading">Import contracts</h2>
      <p className="hint">
        A v1 JSON export, or a CSV with one row per clause (columns: contract_id, creator, creator_instagram,
        creator_tiktok, creator_youtube, brand, start, end, kind, categories, competitors, platforms, coverage,
        pre_days, post_days, exceptions). Nothing is stored until you press Import, and a file with any problem
        changes nothing.
      </p>
      <div className="field">
        <label htmlFor="contract-file">Contract file</label>
        <input
          key={inputKey}
          id="contract-file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={state.step === 'importing'}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </div>
      <fieldset className="field" disabled={busy}>
        <legend>When importing</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />{' '}
          Merge: add and update records of the file, keep everything else
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />{' '}
          Replace: the file becomes all of the data; stored records not in it are deleted
        </label>
      </fieldset>

      {state.step === 'reading' && <p className="hint">Reading {state.fileName}…</p>}
      {state.step === 'rejected' && <Problems fileName={state.fileName} problems={state.problems} />}
      {state.step === 'failed' && (
        <div role="alert" className="problems">
          <p>{state.message}</p>
        </div>
      )}
      {(state.step === 'previewing' || state.step === 'importing') && (
        <PreviewView
          fileName={state.fileName}
          preview={state.preview}
          warnings={state.warnings}
          importing={state.step === 'importing'}
          onImport={onImport}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}

function Problems({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <div role="alert" className="problems">
      <h3>
        Nothing was imported: {fileName} has {plural(problems.length, 'problem')}
      </h3>
      <ul>
        {shown.map((problem, index) => (
          <li key={index}>
            <code>{problem.where}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>…and {plural(problems.length - shown.length, 'more problem')}.</p>}
    </div>
  );
}

interface PreviewViewProps {
  fileName: string;
  preview: ImportPreview;
  warnings: string[];
  importing: boolean;
  onImport(): void;
  onCancel(): void;
}

function PreviewView({ fileName, preview, warnings, importing, onImport, onCancel }: PreviewViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the preview when it appears.
  useEffect(() => heading.current?.focus(), []);
  const rows: [string, TableChanges][] = [
    ['Contracts', preview.contracts],
    ['Creators', preview.creators],
    ['Brands', preview.brands],
  ];
  return (
    <div className="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading" tabIndex={-1} ref={heading}>
        Preview of {fileName} ({preview.mode === 'merge' ? 'merge' : 'replace'})
      </h3>
      <table>
        <caption className="visually-hidden">What the import will change</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Changed</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Removed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, changes]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{changes.added.toLocaleString('en')}</td>
              <td>{changes.changed.toLocaleString('en')}</td>
              <td>{changes.unchanged.toLocaleString('en')}</td>
              <td>{changes.removed.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        The file holds {plural(preview.clauses, 'clause')}; {plural(preview.clausesAfter, 'clause')} will be stored
        after the import.
      </p>
      <Examples label="Contracts changed" ids={preview.contracts.examples.changed} total={preview.contracts.changed} />
      <Examples label="Contracts removed" ids={preview.contracts.examples.removed} total={preview.contracts.removed} />
      <Examples label="Brands removed" ids={preview.brands.examples.removed} total={preview.brands.removed} />
      {warnings.length > 0 && (
        <div className="warnings">
          <h4>Worth a look (the import is allowed)</h4>
          <ul>
            {warnings.slice(0, SHOWN_PROBLEMS).map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onImport} disabled={importing}>
          Import
        </button>
        <button type="button" onClick={onCancel} disabled={importing}>
          Cancel
        </button>
        {importing && <span className="hint">Importing…</span>}
      </div>
    </div>
  );
}

function Examples({ label, ids, total }: { label: string; ids: string[]; total: number }) {
  if (total === 0) return null;
  return (
    <p>
      {label}: {ids.join(', ')}
      {total > ids.length ? `, and ${(total - ids.length).toLocaleString('en')} more` : ''}
    </p>
  );
}
