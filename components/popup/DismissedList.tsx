import type { Dismissal, DismissalRef } from '@/lib/page/dismissals';
import { PLATFORM_NAMES } from './CreatorCard';
import { LEVEL_TEXT } from './FindingItem';

export interface DismissedListProps {
  /** Newest first; undefined while storage is read. */
  dismissals: Dismissal[] | undefined;
  onUndo(ref: DismissalRef): void;
  /** Brand names by id where the contract database has them; ids are shown otherwise. */
  brandNames?: ReadonlyMap<string, string> | undefined;
}

/** Findings someone marked "Not a conflict", with Undo (the pages show them again at once). */
export function DismissedList({ dismissals, onUndo, brandNames }: DismissedListProps) {
  if (dismissals === undefined) return <p aria-busy="true">Reading dismissed findings…</p>;
  if (dismissals.length === 0) return <p className="hint">Nothing dismissed. Findings you mark "Not a conflict" in a page are listed here.</p>;
  return (
    <ul className="dismissed" aria-label="Dismissed findings">
      {dismissals.map((d) => {
        const what = `${brandNames?.get(d.brandId) ?? d.brandId}, contract ${d.contractId}, clause ${d.clause + 1}`;
        return (
          <li key={`${d.post}\u0000${d.contractId}\u0000${d.clause}`} className="dismissed__item">
            <p className="dismissed__head">
              <span className={`level level--${d.level}`}>{LEVEL_TEXT[d.level]}</span> {what}
            </p>
            <p className="dismissed__excerpt">
              {PLATFORM_NAMES[d.platform]} · {d.postUrl ?? 'post without a link'} · “{d.excerpt.slice(0, 120)}”
            </p>
            <p className="hint">
              Dismissed <time dateTime={d.dismissedAt}>{d.dismissedAt.slice(0, 10)}</time>
            </p>
            <button type="button" aria-label={`Undo: ${what}`} onClick={() => onUndo({ post: d.post, contractId: d.contractId, clause: d.clause })}>
              Undo
            </button>
          </li>
        );
      })}
    </ul>
  );
}
