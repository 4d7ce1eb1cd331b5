/** Form pieces shared by the record forms: labelled inputs with their error shown beside them. */
import { useId, type ReactNode } from 'react';
import type { ImportProblem } from '@/lib/exchange';

/** "clauses[0].competitorIds[1]" → "clauses[0].competitorIds": the form field an error belongs to. */
export function fieldOf(where: string): string {
  return where.replace(/ \(id [^)]*\)/g, '').replace(/(\[\d+\])+$/, '');
}

export function errorsFor(errors: readonly ImportProblem[], field: string): string[] {
  return errors.filter((e) => fieldOf(e.where) === field).map((e) => e.message);
}

export const joinList = (items: readonly string[] | undefined) => (items ?? []).join('; ');
export const splitField = (text: string) =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  errors?: string[];
  hint?: string;
  type?: 'text' | 'date' | 'number';
  readOnly?: boolean;
  list?: string;
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, errors = [], hint, type = 'text', readOnly, list, autoFocus }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        readOnly={readOnly}
        list={list}
        autoFocus={autoFocus}
        min={type === 'number' ? 0 : undefined}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {errors.length > 0 && (
        <span id={`${id}-error`} className="field-error">
          {errors.join('; ')}
        </span>
      )}
    </div>
  );
}

export function FormErrors({ errors }: { errors: readonly ImportProblem[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="problems">
      <p>Not saved: {errors.length === 1 ? 'one field needs' : `${errors.length} fields need`} fixing.</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code>{error.where}</code>: {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FormButtons({ saving, onCancel, children }: { saving: boolean; onCancel(): void; children?: ReactNode }) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={saving}>
        Save
      </button>
      <button type="button" onClick={onCancel} disabled={saving}>
        Cancel
      </button>
      {children}
    </div>
  );
}
