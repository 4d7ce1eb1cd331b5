/** Contracts, creators and brands as searchable tables with add, edit and delete. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  db,
  deleteBrand,
  deleteContract,
  deleteCreator,
  matchesWords,
  saveBrand,
  saveContract,
  saveCreator,
  searchContracts,
  searchWords,
  type RecordPage,
} from '@/lib/db';
import type { Brand, Contract, Creator, Handles } from '@/lib/schema/contracts';
import { BrandForm } from './BrandForm';
import { ContractForm } from './ContractForm';
import { CreatorForm } from './CreatorForm';
import { RecordSection, SHOWN_ROWS } from './RecordSection';

const handlesText = (handles: Handles) => Object.values(handles).flat().join(' ');

/** Creators and brands number in the thousands at most: they are searched in memory. */
function pageOf<T>(records: T[] | undefined, query: string, text: (record: T) => string): RecordPage<T> | undefined {
  if (!records) return undefined;
  const words = searchWords(query);
  const matching = words.length === 0 ? records : records.filter((record) => matchesWords(text(record), words));
  return { total: records.length, matching: matching.length, rows: matching.slice(0, SHOWN_ROWS) };
}

const creatorText = (c: Creator) => `${c.id} ${c.name} ${handlesText(c.handles)}`.toLowerCase();
const brandText = (b: Brand) =>
  `${b.id} ${b.name} ${b.aliases.join(' ')} ${handlesText(b.handles)} ${b.domains.join(' ')} ${b.categories.join(' ')}`.toLowerCase();

export function RecordTables({ onStatus }: { onStatus(message: string): void }) {
  const brands = useLiveQuery(() => db.brands.orderBy('name').toArray());
  const creators = useLiveQuery(() => db.creators.orderBy('name').toArray());
  const [contractQuery, setContractQuery] = useState('');
  const [creatorQuery, setCreatorQuery] = useState('');
  const [brandQuery, setBrandQuery] = useState('');
  const contracts = useLiveQuery(() => searchContracts(contractQuery, SHOWN_ROWS), [contractQuery]);
  const brandName = useMemo(() => new Map((brands ?? []).map((b) => [b.id, b.name])), [brands]);
  const creatorName = useMemo(() => new Map((creators ?? []).map((c) => [c.id, c.name])), [creators]);

  const creatorPage = useMemo(() => pageOf(creators, creatorQuery, creatorText), [creators, creatorQuery]);
  const brandPage = useMemo(() => pageOf(brands, brandQuery, brandText), [brands, brandQuery]);

  return (
    <>
      <datalist id="brand-ids">
        {(brands ?? []).slice(0, 2_000).map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </datalist>
      <datalist id="creator-ids">
        {(creators ?? []).slice(0, 2_000).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </datalist>
      <RecordSection<Contract>
        title="Contracts"
        singular="contract"
        page={contracts}
        query={contractQuery}
        onQuery={setContractQuery}
        columns={[
          { header: 'Id', cell: (c) => c.id },
          { header: 'Creator', cell: (c) => creatorName.get(c.creatorId) ?? c.creatorId },
          { header: 'Brand', cell: (c) => brandName.get(c.brandId) ?? c.brandId },
          { header: 'Window', cell: (c) => `${c.start} – ${c.end}` },
          { header: 'Clauses', cell: (c) => c.clauses.map((k) => (k.kind === 'category' ? k.categories.join(', ') || 'category' : k.kind === 'competitors' ? `vs ${k.competitorIds.map((id) => brandName.get(id) ?? id).join(', ')}` : 'full')).join(' | ') },
        ]}
        renderForm={(contract, onClose) => <ContractForm contract={contract} onSave={saveContract} onClose={onClose} />}
        onDelete={deleteContract}
        onStatus={onStatus}
      />
      <RecordSection<Creator>
        title="Creators"
        singular="creator"
        page={creatorPage}
        query={creatorQuery}
        onQuery={setCreatorQuery}
        columns={[
          { header: 'Id', cell: (c) => c.id },
          { header: 'Name', cell: (c) => c.name },
          { header: 'Handles', cell: (c) => handlesText(c.handles) },
        ]}
        renderForm={(creator, onClose) => <CreatorForm creator={creator} onSave={saveCreator} onClose={onClose} />}
        onDelete={deleteCreator}
        onStatus={onStatus}
      />
      <RecordSection<Brand>
        title="Brands"
        singular="brand"
        page={brandPage}
        query={brandQuery}
        onQuery={setBrandQuery}
        columns={[
          { header: 'Id', cell: (b) => b.id },
          { header: 'Name', cell: (b) => b.name },
          { header: 'Aliases', cell: (b) => b.aliases.join(', ') },
          { header: 'Categories', cell: (b) => b.categories.join(', ') },
          { header: 'Parent', cell: (b) => (b.parentId ? (brandName.get(b.parentId) ?? b.parentId) : '') },
        ]}
        renderForm={(brand, onClose) => <BrandForm brand={brand} onSave={saveBrand} onClose={onClose} />}
        onDelete={deleteBrand}
        onStatus={onStatus}
      />
    </>
  );
}
