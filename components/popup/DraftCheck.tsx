import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PLATFORMS, normaliseHandle, type Creator, type Platform } from '@/lib/schema/contracts';
import type { DraftOutcome } from '@/lib/popup/draft-check';
import { draftProblems, type DraftField, type DraftInput } from '@/lib/draft/snapshot';
import type { PlacedMarker } from '@/lib/draft/disclosure';
import { PLATFORM_NAMES } from './CreatorCard';
import { LEVEL_TEXT } from './FindingItem';

export interface DraftCheckProps {
  /** The roster, undefined while it is read. */
  creators: Creator[] | undefined;
  /** YYYY-MM-DD, the planned date's default. */
  today: string;
  initialPlatform?: Platform;
  onCheck(input: DraftInput): Promise<DraftOutcome>;
}

type RunState = { status: 'idle' } | { status: 'running' } | { status: 'done'; input: DraftInput; outcome: DraftOutcome } | { status: 'failed'; message: string };

const TYPED = '';

/** The creator's draft check: caption, creator or handle, platform and planned date → breaches and disclosure. */
export function DraftCheck({ creators, today, initialPlatform = 'instagram', onCheck }: DraftCheckProps) {
  const id = useId();
  const [creatorId, setCreatorId] = useState(TYPED);
  const [handle, setHandle] = useState('');
  const [platform, setPlatform] = useState<Platform>(initialPlatform);
  const [plannedDate, setPlannedDate] = useState(today);
  const [caption, setCaption] = useState('');
  const [withPlatformLabel, setWithPlatformLabel] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  // The tab's platform arrives after the first render; follow it until the person picks one.
  const platformChosen = useRef(false);
  useEffect(() => {
    if (!platformChosen.current) setPlatform(initialPlatform);
  }, [initialPlatform]);

  const handleOf = (creator: Creator | undefined, on: Platform) => creator?.handles[on]?.[0] ?? '';
  const chooseCreator = (value: string) => {
    setCreatorId(value);
    const creator = creators?.find((c) => c.id === value);
    if (creator) setHandle(handleOf(creator, platform));
  };
  const choosePlatform = (value: Platform) => {
    platformChosen.current = true;
    setPlatform(value);
    const creator = creators?.find((c) => c.id === creatorId);
    if (creator) setHandle(handleOf(creator, value));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: DraftInput = { caption, platform, handle, plannedDate, withPlatformLabel };
    const problems = draftProblems(input);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      const first = (['handle', 'plannedDate', 'caption'] as const).find((f) => problems[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setRun({ status: 'running' });
    try {
      setRun({ status: 'done', input, outcome: await onCheck(input) });
    } catch (error) {
      setRun({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const fieldProps = (field: DraftField) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined,
  });
  const fieldError = (field: DraftField) =>
    errors[field] && (
      <span id={`${id}-${field}-error`} className="field__error">
        {errors[field]}
      </span>
    );

  return (
    <section aria-label="Draft check" className="draft">
      <form onSubmit={(e) => void submit(e)} noValidate className="draft__form">
        <div className="field">
          <label htmlFor={`${id}-creator`}>Creator</label>
          <select id={`${id}-creator`} value={creatorId} onChange={(e) => chooseCreator(e.target.value)}>
            <option value={TYPED}>Type a handle below</option>
            {(creators ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-handle`}>Handle</label>
          <input {...fieldProps('handle')} value={handle} onChange={(e) => setHandle(e.target.value)} autoComplete="off" spellCheck={false} />
          {fieldError('handle')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-platform`}>Platform</label>
            <select id={`${id}-platform`} value={platform} onChange={(e) => choosePlatform(e.target.value as Platform)}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_NAMES[p]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-plannedDate`}>Planned date</label>
            <input type="date" {...fieldProps('plannedDate')} value={plannedDate} onChange={(e) => setPlannedDate(e.target.value)} />
            {fieldError('plannedDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-caption`}>Caption</label>
          <textarea {...fieldProps('caption')} rows={5} value={caption} onChange={(e) => setCaption(e.target.value)} />
          {fieldError('caption')}
        </div>
        <div className="field field--check">
          <input id={`${id}-label`} type="checkbox" checked={withPlatformLabel} onChange={(e) => setWithPlatformLabel(e.target.checked)} />
          <label htmlFor={`${id}-label`}>I will switch on the platform's paid-partnership label</label>
        </div>
        <button type="submit" disabled={run.status === 'running'}>
          Check draft
        </button>
      </form>
      <div aria-live="polite">
        {run.status === 'running' && <p aria-busy="true">Checking…</p>}
        {run.status === 'failed' && (
          <p role="alert" className="diagnostic">
            {run.message}
          </p>
        )}
        {run.status === 'done' && <DraftResult input={run.input} outcome={run.outcome} />}
      </div>
    </section>
  );
}

function DraftResult({ input, outcome }: { input: DraftInput; outcome: DraftOutcome }) {
  const { result, assessment } = outcome;
  const who = `@${normaliseHandle(input.handle)}`;
  return (
    <section aria-label="Draft check result" className="draft__result" data-testid="draft-result">
      <h3>Clauses it would breach</h3>
      {outcome.creatorName === null ? (
        <p className="hint">{who} is not one of your creators on {PLATFORM_NAMES[input.platform]}: no clause applies.</p>
      ) : result.verdicts.length === 0 ? (
        <p className="verdict-none">
          ✓ No clause of {outcome.creatorName} would be breached on {input.plannedDate}.
        </p>
      ) : (
        <ul aria-label="Clauses this draft would breach" className="draft__breaches">
          {result.verdicts.map((v, i) => (
            <li key={`${v.contractId}-${v.clause}-${v.brandId}-${i}`}>
              <span className={`level level--${v.level}`}>{LEVEL_TEXT[v.level]}</span>{' '}
              <strong>{result.brands.find((b) => b.brandId === v.brandId)?.name ?? v.brandId}</strong> — contract {v.contractId}, clause{' '}
              {v.clause + 1}: {v.rule}
            </li>
          ))}
        </ul>
      )}
      <h3>Disclosure</h3>
      <p data-testid="disclosure-verdict" className={assessment.adequate ? 'verdict-ok' : assessment.problems.length > 0 ? 'verdict-bad' : ''}>
        {assessment.adequate
          ? `✓ Adequate: a strong disclosure is visible before the "more" fold (first ${assessment.fold} characters on ${PLATFORM_NAMES[assessment.platform]}).`
          : assessment.sponsoredSignals
            ? '✗ Not adequate.'
            : 'No sponsorship signals found: no disclosure needed unless the post is paid, gifted or earns a commission.'}
      </p>
      <p className="draft__fold">
        Seen before “more”: <q data-testid="before-fold">{result.text.slice(0, assessment.fold)}</q>
        {result.text.length > assessment.fold && '…'}
      </p>
      {(assessment.strong.length > 0 || assessment.weak.length > 0 || assessment.negations.length > 0) && (
        <ul aria-label="Disclosure markers" className="draft__markers">
          {assessment.strong.map((p, i) => (
            <MarkerLine key={`s${i}`} placed={p} strength="strong" fold={assessment.fold} />
          ))}
          {assessment.weak.map((p, i) => (
            <MarkerLine key={`w${i}`} placed={p} strength="weak" fold={assessment.fold} />
          ))}
          {assessment.negations.map((m, i) => (
            <li key={`n${i}`}>“{m.text}”: negation</li>
          ))}
        </ul>
      )}
      {assessment.problems.length > 0 && (
        <ul aria-label="Disclosure problems" className="draft__problems">
          {assessment.problems.map((p) => (
            <li key={p.kind}>{p.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MarkerLine({ placed, strength, fold }: { placed: PlacedMarker; strength: 'strong' | 'weak'; fold: number }) {
  const { marker } = placed;
  const where =
    marker.kind === 'label'
      ? 'platform label, shown above the caption'
      : `at character ${marker.start + 1}, ${placed.beforeFold ? 'before' : 'after'} the fold (${fold})`;
  return (
    <li>
      “{marker.text}”: {strength} ({marker.kind}), {where}
    </li>
  );
}
