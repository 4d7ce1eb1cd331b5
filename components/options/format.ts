/** Wording shared by the options views. */
import type { ImportSummary, TableChanges } from '@/lib/db';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function changeTotals(summary: ImportSummary): Pick<TableChanges, 'added' | 'changed' | 'removed'> {
  const tables = [summary.brands, summary.creators, summary.contracts];
  const sum = (key: 'added' | 'changed' | 'removed') => tables.reduce((total, t) => total + t[key], 0);
  return { added: sum('added'), changed: sum('changed'), removed: sum('removed') };
}

/** "Imported 12 contracts (30 clauses), 5 creators and 8 brands from a.csv: 20 added, 2 changed, 0 removed." */
export function importedMessage(summary: ImportSummary, fileName: string): string {
  const inFile = (t: TableChanges) => t.added + t.changed + t.unchanged;
  const totals = changeTotals(summary);
  return (
    `Imported ${plural(inFile(summary.contracts), 'contract')} (${plural(summary.clauses, 'clause')}), ` +
    `${plural(inFile(summary.creators), 'creator')} and ${plural(inFile(summary.brands), 'brand')} from ${fileName}: ` +
    `${totals.added.toLocaleString('en')} added, ${totals.changed.toLocaleString('en')} changed, ` +
    `${totals.removed.toLocaleString('en')} removed.`
  );
}
