/**
 * The popup's reads of the contract database (the extension's IndexedDB, through lib/db): the creator a
 * profile belongs to with their contracts and the names of the brands involved, and the roster for the
 * draft check's creator picker.
 */
import { db } from '@/lib/db';
import type { Brand, Contract, Creator, Platform } from '@/lib/schema/contracts';
import { creatorsWithHandle } from './profile';

export interface CreatorRecords {
  creator: Creator;
  contracts: Contract[];
  /** Brands named by those contracts (contracted brands, competitors, exceptions) that the user stored. */
  brands: Map<string, Pick<Brand, 'id' | 'name'>>;
}

/** The stored creator with `handle` on `platform`, or null when nobody on the roster uses it. */
export async function loadCreatorByHandle(platform: Platform, handle: string): Promise<CreatorRecords | null> {
  return db.transaction('r', [db.creators, db.contracts, db.brands], async () => {
    const [creator] = creatorsWithHandle(await db.creators.toArray(), platform, handle);
    if (!creator) return null;
    const contracts = await db.contracts.where('creatorId').equals(creator.id).toArray();
    const ids = new Set<string>();
    for (const contract of contracts) {
      ids.add(contract.brandId);
      for (const clause of contract.clauses) for (const id of [...clause.competitorIds, ...clause.exceptions]) ids.add(id);
    }
    const brands = new Map<string, Pick<Brand, 'id' | 'name'>>();
    for (const brand of await db.brands.bulkGet([...ids])) if (brand) brands.set(brand.id, { id: brand.id, name: brand.name });
    return { creator, contracts, brands };
  });
}

/** Every creator, by name, for pickers. */
export async function listCreators(): Promise<Creator[]> {
  return db.creators.orderBy('name').toArray();
}

/** Names of the given brand ids that the user stored (catalogue-only brands are left out). */
export async function brandNamesOf(ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const brand of await db.brands.bulkGet([...new Set(ids)])) if (brand) names.set(brand.id, brand.name);
  return names;
}
