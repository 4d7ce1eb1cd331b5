/**
 * Exchange v1 → the CSV form (one row per clause). The CSV form carries contracts, creators' handles
 * and brand names; brand aliases, handles, domains, categories and parents exist only in JSON.
 */
import Papa from 'papaparse';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns';

export function serialiseContractsCsv(data: ExchangeV1): string {
  const brandName = new Map(data.brands.map((b) => [b.id, b.name]));
  const creators = new Map(data.creators.map((c) => [c.id, c]));
  const names = (ids: readonly string[]) => ids.map((id) => brandName.get(id) ?? id).join(';');

  const rows: string[][] = [];
  for (const contract of data.contracts) {
    const creator = creators.get(contract.creatorId);
    for (const clause of contract.clauses) {
      const cells: Record<CsvColumn, string> = {
        contract_id: contract.id,
        creator: creator?.name ?? contract.creatorId,
        creator_instagram: (creator?.handles.instagram ?? []).join(';'),
        creator_tiktok: (creator?.handles.tiktok ?? []).join(';'),
        creator_youtube: (creator?.handles.youtube ?? []).join(';'),
        brand: brandName.get(contract.brandId) ?? contract.brandId,
        start: contract.start,
        end: contract.end,
        kind: clause.kind,
        categories: clause.categories.join(';'),
        competitors: names(clause.competitorIds),
        platforms: clause.platforms.join(';'),
        coverage: clause.coverage,
        pre_days: String(clause.preDays),
        post_days: String(clause.postDays),
        exceptions: names(clause.exceptions),
      };
      rows.push(CSV_COLUMNS.map((column) => cells[column]));
    }
  }
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
