import { useState, type FormEvent } from 'react';
import type { SaveOutcome } from '@/lib/db';
import type { ImportProblem } from '@/lib/exchange';
import { CLAUSE_KINDS, PLATFORMS, type Clause, type Contract, type Platform } from '@/lib/schema/contracts';
import { errorsFor, FormButtons, FormErrors, joinList, splitField, TextField } from './fields';

export interface ContractFormProps {
  contract?: Contract;
  onSave(input: unknown, isNew: boolean): Promise<SaveOutcome<unknown>>;
  onClose(saved: string | null): void;
}

/** A clause as the form holds it: lists as `;`-separated text, day counts as typed. */
interface ClauseText {
  kind: Clause['kind'];
  categories: string;
  competitorIds: string;
  exceptions: string;
  platforms: Platform[];
  coverage: Clause['coverage'];
  preDays: string;
  postDays: string;
}

const clauseText = (clause?: Clause): ClauseText => ({
  kind: clause?.kind ?? 'category',
  categories: joinList(clause?.categories),
  competitorIds: joinList(clause?.competitorIds),
  exceptions: joinList(clause?.exceptions),
  platforms: clause?.platforms ?? [],
  coverage: clause?.coverage ?? 'paid',
  preDays: String(clause?.preDays ?? 0),
  postDays: String(clause?.postDays ?? 0),
});

/** A typed day count that is not a number goes through as text, so the schema names the field. */
const days = (text: string): number | string => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);

export function ContractForm({ contract, onSave, onClose }: ContractFormProps) {
  const isNew = contract === undefined;
  const [id, setId] = useState(contract?.id ?? '');
  const [creatorId, setCreatorId] = useState(contract?.creatorId ?? '');
  const [brandId, setBrandId] = useState(contract?.brandId ?? '');
  const [start, setStart] = useState(contract?.start ?? '');
  const [end, setEnd] = useState(contract?.end ?? '');
  const [clauses, setClauses] = useState<ClauseText[]>(contract ? contract.clauses.map(clauseText) : [clauseText()]);
  const [errors, setErrors] = useState<ImportProblem[]>([]);
  const [saving, setSaving] = useState(false);

  const setClause = (index: number, change: Partial<ClauseText>) =>
    setClauses((all) => all.map((clause, i) => (i === index ? { ...clause, ...change } : clause)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const outcome = await onSave(
      {
        id,
        creatorId,
        brandId,
        start,
        end,
        clauses: clauses.map((clause) => ({
          kind: clause.kind,
          categories: splitField(clause.categories),
          competitorIds: splitField(clause.competitorIds),
          exceptions: splitField(clause.exceptions),
          platforms: clause.platforms,
          coverage: clause.coverage,
          preDays: days(clause.preDays),
          postDays: days(clause.postDays),
        })),
      },
      isNew,
    );
    setSaving(false);
    if (outcome.ok) onClose(id.trim());
    else setErrors(outcome.errors);
  };

  return (
    <form className="record-form" aria-label={isNew ? 'New contract' : `Edit contract ${contract.id}`} onSubmit={submit} noValidate>
      <FormErrors errors={errors} />
      <TextField label="Id" value={id} onChange={setId} readOnly={!isNew} autoFocus={isNew} errors={errorsFor(errors, 'id')} />
      <TextField label="Creator id" value={creatorId} onChange={setCreatorId} list="creator-ids" autoFocus={!isNew} errors={errorsFor(errors, 'creatorId')} />
      <TextField label="Brand id" value={brandId} onChange={setBrandId} list="brand-ids" errors={errorsFor(errors, 'brandId')} />
      <TextField label="Start" type="date" value={start} onChange={setStart} errors={errorsFor(errors, 'start')} />
      <TextField label="End" type="date" value={end} onChange={setEnd} errors={errorsFor(errors, 'end')} />
      {errorsFor(errors, 'clauses').length > 0 && <p className="field-error">{errorsFor(errors, 'clauses').join('; ')}</p>}
      {clauses.map((clause, index) => {
        const at = `clauses[${index}]`;
        return (
          <fieldset key={index} className="clause">
            <legend>Clause {index + 1}</legend>
            <div className="field">
              <label htmlFor={`kind-${index}`}>Kind</label>
              <select id={`kind-${index}`} value={clause.kind} onChange={(e) => setClause(index, { kind: e.currentTarget.value as Clause['kind'] })}>
                {CLAUSE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </select>
            </div>
            <TextField label="Categories" value={clause.categories} onChange={(v) => setClause(index, { categories: v })} errors={errorsFor(errors, `${at}.categories`)} hint="separated by ;" />
            <TextField label="Competitor brand ids" value={clause.competitorIds} list="brand-ids" onChange={(v) => setClause(index, { competitorIds: v })} errors={errorsFor(errors, `${at}.competitorIds`)} hint="separated by ;" />
            <TextField label="Exception brand ids" value={clause.exceptions} onChange={(v) => setClause(index, { exceptions: v })} errors={errorsFor(errors, `${at}.exceptions`)} hint="never competitors under this clause" />
            <fieldset className="field">
              <legend>Platforms (none ticked: every platform)</legend>
              {PLATFORMS.map((platform) => (
                <label key={platform}>
                  <input
                    type="checkbox"
                    checked={clause.platforms.includes(platform)}
                    onChange={(e) =>
                      setClause(index, {
                        platforms: e.currentTarget.checked ? [...clause.platforms, platform] : clause.platforms.filter((p) => p !== platform),
                      })
                    }
                  />{' '}
                  {platform}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={`coverage-${index}`}>Coverage</label>
              <select id={`coverage-${index}`} value={clause.coverage} onChange={(e) => setClause(index, { coverage: e.currentTarget.value as Clause['coverage'] })}>
                <option value="paid">paid: only sponsored or commercial posts count</option>
                <option value="any">any: any mention counts</option>
              </select>
            </div>
            <TextField label="Days before start" type="number" value={clause.preDays} onChange={(v) => setClause(index, { preDays: v })} errors={errorsFor(errors, `${at}.preDays`)} />
            <TextField label="Days after end" type="number" value={clause.postDays} onChange={(v) => setClause(index, { postDays: v })} errors={errorsFor(errors, `${at}.postDays`)} />
            {clauses.length > 1 && (
              <button type="button" onClick={() => setClauses((all) => all.filter((_, i) => i !== index))}>
                Remove clause {index + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <FormButtons saving={saving} onCancel={() => onClose(null)}>
        <button type="button" onClick={() => setClauses((all) => [...all, clauseText()])}>
          Add clause
        </button>
      </FormButtons>
    </form>
  );
}
