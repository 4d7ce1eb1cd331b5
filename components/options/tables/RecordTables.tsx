/** Contracts, creators and brands as searchable tables with add, edit and delete. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db, deleteBrand, deleteContract, deleteCreator, saveBrand, saveContract, saveCreator } from '@/lib/db';
import type { Brand, Contract, Creator, Handles } from '@/lib/schema/contracts';
import { BrandForm } from './BrandForm';
import { ContractForm } from './ContractForm';
import { CreatorForm } from './CreatorForm';
import { RecordSection } from './RecordSection';

const handlesText = (handles: Handles) => Object.values(handles).flat().join(' ');

export function RecordTables({ onStatus }: { onStatus(message: string): void }) {
  const brands = useLiveQuery(() => db.brands.orderBy('name').toArray());
  const creators = useLiveQuery(() => db.creators.orderBy('name').toArray());
  const contracts = useLiveQuery(() => db.contracts.orderBy('id').toArray());
  const brandName = useMemo(() => new Map((brands ?? []).map((b) => [b.id, b.name])), [brands]);
  const creatorName = useMemo(() => new Map((creators ?? []).map((c) => [c.id, c.name])), [creators]);

  const contractSearch = useMemo(
    () => (c: Contract) =>
      [c.id, c.creatorId, c.brandId, creatorName.get(c.creatorId), brandName.get(c.brandId), ...c.clauses.flatMap((k) => [...k.categories, ...k.competitorIds])]
        .join(' ')
        .toLowerCase(),
    [brandName, creatorName],
  );

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
        records={contracts}
        searchText={contractSearch}
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
        records={creators}
        searchText={(c) => `${c.id} ${c.name} ${handlesText(c.handles)}`.toLowerCase()}
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
        records={brands}
        searchText={(b) => `${b.id} ${b.name} ${b.aliases.join(' ')} ${handlesText(b.handles)} ${b.domains.join(' ')} ${b.categories.join(' ')}`.toLowerCase()}
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
