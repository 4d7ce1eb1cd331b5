import type { TabFindings } from '@/lib/schema/messages';

type Finding = TabFindings['findings'][number];

/** The level in words with a glyph common fonts have (no colour needed to tell them apart). */
export const LEVEL_TEXT = { conflict: '✖ Conflict', warning: '⚠ Warning', clear: '✓ Clear' } as const;

/** One flagged post: who posted, which brand, which rule, and a button that shows it in the page. */
export function FindingItem({ finding, onFocusPost }: { finding: Finding; onFocusPost(key: string): void }) {
  const { result } = finding;
  const author = result.authors[0] ? `@${result.authors[0]}` : 'unknown author';
  return (
    <li className={`finding finding--${finding.level}`}>
      <p className="finding__head">
        <span className={`level level--${finding.level}`}>{LEVEL_TEXT[finding.level]}</span>{' '}
        <span className="finding__author">{author}</span>
        {result.publishedAt && <time dateTime={result.publishedAt}> · {result.publishedAt.slice(0, 10)}</time>}
      </p>
      <ul className="finding__verdicts">
        {result.verdicts.map((verdict, i) => {
          const brand = result.brands.find((b) => b.brandId === verdict.brandId);
          return (
            <li key={`${verdict.contractId}-${verdict.clause}-${verdict.brandId}-${i}`}>
              <strong>{brand?.name ?? verdict.brandId}</strong> — contract {verdict.contractId}, clause {verdict.clause + 1}:{' '}
              {verdict.rule}
              {verdict.evidence.length > 0 && (
                <span className="finding__evidence"> ({verdict.evidence.map((e) => e.text).join('; ')})</span>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onFocusPost(finding.key)}>
        Show in page
      </button>
    </li>
  );
}
