/**
 * The built-in brand catalogue (issue 7): its categories with brand counts after the user's changes,
 * a search over catalogue brands, and per brand "Hide" and "Move to other categories", each undoable.
 * Changes are saved in browser.storage.local (lib/brands/user-overrides); the background reloads the
 * catalogue with them and open pages re-check their posts. Text only: names come from a dataset.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { fetchCatalogue } from '@/lib/background/catalogue';
import { categoryLabel } from '@/lib/brands/categories';
import { applyUserOverrides, categoriesWithCounts, resolveCategory, type Catalogue, type CatalogueBrand, type CatalogueOverrides } from '@/lib/brands/catalogue';
import { emptyCatalogueOverrides, loadCatalogueOverrides, saveCatalogueOverrides } from '@/lib/brands/user-overrides';
import { plural } from './format';

/** At most this many search results are listed; the rest are counted. */
export const MAX_RESULTS = 50;

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();

/** Catalogue brands whose name or an alias contains the query (accents and case ignored), in catalogue order. */
export function searchCatalogue(brands: readonly CatalogueBrand[], query: string): CatalogueBrand[] {
  const needle = fold(query);
  if (needle === '') return [];
  return brands.filter((brand) => fold(brand.name).includes(needle) || brand.aliases.some((alias) => fold(alias).includes(needle)));
}

/**
 * Resolves a comma-separated list of categories a person typed against the catalogue: the ids, or
 * the first word that matches no catalogue category.
 */
export function resolveCategoryList(input: string, catalogue: Catalogue): { ids: string[] } | { unknown: string } | { empty: true } {
  const words = input
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  if (words.length === 0) return { empty: true };
  const ids: string[] = [];
  for (const word of words) {
    const id = resolveCategory(word, catalogue);
    if (id === null) return { unknown: word };
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids };
}

type Loaded = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; catalogue: Catalogue };

export interface CataloguePanelProps {
  /** Loads the shipped catalogue; injectable for tests. */
  loadCatalogue?: () => Promise<Catalogue>;
}

export function CataloguePanel({ loadCatalogue = fetchCatalogue }: CataloguePanelProps) {
  const ids = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [overrides, setOverrides] = useState<CatalogueOverrides>(emptyCatalogueOverrides);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    Promise.all([loadCatalogue(), loadCatalogueOverrides()]).then(
      ([catalogue, stored]) => {
        if (!live) return;
        setOverrides(stored);
        setLoaded({ state: 'ready', catalogue });
      },
      (error: unknown) => live && setLoaded({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [loadCatalogue]);

  const catalogue = loaded.state === 'ready' ? loaded.catalogue : null;
  const effective = useMemo(() => (catalogue ? applyUserOverrides(catalogue, overrides) : []), [catalogue, overrides]);
  const categories = useMemo(() => (catalogue ? categoriesWithCounts(effective, catalogue) : []), [catalogue, effective]);
  const labels = useMemo(() => new Map(categories.map((category) => [category.id, category.label])), [categories]);
  const byId = useMemo(() => new Map((catalogue?.brands ?? []).map((brand) => [brand.id, brand])), [catalogue]);
  const effectiveById = useMemo(() => new Map(effective.map((brand) => [brand.id, brand])), [effective]);
  const matches = useMemo(() => (catalogue ? searchCatalogue(catalogue.brands, query) : []), [catalogue, query]);

  const labelOf = (id: string) => labels.get(id) ?? categoryLabel(id);
  const categoryText = (list: readonly string[]) => (list.length === 0 ? 'no category' : list.map(labelOf).join(', '));

  async function save(next: CatalogueOverrides, done: string) {
    const previous = overrides;
    setOverrides(next);
    try {
      await saveCatalogueOverrides(next);
      setMessage(`${done} Open pages check their posts again.`);
    } catch (error) {
      setOverrides(previous);
      setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const hide = (brand: CatalogueBrand) =>
    void save({ ...overrides, hidden: [...overrides.hidden.filter((id) => id !== brand.id), brand.id] }, `${brand.name} is hidden: it no longer counts as a brand.`);
  const unhide = (brand: CatalogueBrand) =>
    void save({ ...overrides, hidden: overrides.hidden.filter((id) => id !== brand.id) }, `${brand.name} is shown again.`);
  const move = (brand: CatalogueBrand, categoryIds: string[]) =>
    void save({ ...overrides, moved: { ...overrides.moved, [brand.id]: categoryIds } }, `${brand.name} moved to ${categoryText(categoryIds)}.`);
  const unmove = (brand: CatalogueBrand) => {
    const moved = { ...overrides.moved };
    delete moved[brand.id];
    void save({ ...overrides, moved }, `${brand.name} is back in ${categoryText(brand.categories)}.`);
  };

  const hiddenBrands = overrides.hidden.flatMap((id) => byId.get(id) ?? []);
  const movedBrands = Object.keys(overrides.moved).flatMap((id) => byId.get(id) ?? []);

  return (
    <section aria-labelledby={`${ids}-heading`} className="panel catalogue-panel">
      <h2 id={`${ids}-heading`}>Brand catalogue</h2>
      <p className="hint">
        Built-in brands count as competitors in category clauses. Your own brands always win; here you can hide a catalogue brand or move it to
        other categories.
      </p>
      <p aria-live="polite" className="status">
        {message}
      </p>
      {loaded.state === 'loading' && <p>Loading the brand catalogue…</p>}
      {loaded.state === 'failed' && <p className="field-error">The brand catalogue could not be loaded: {loaded.error}</p>}
      {catalogue && (
        <>
          <p>
            {plural(effective.length, 'brand')} in {plural(categories.length, 'category', 'categories')}
            {overrides.hidden.length > 0 ? ` (${plural(hiddenBrands.length, 'hidden brand')} not counted)` : ''}.
          </p>
          <details>
            <summary>Categories and brand counts</summary>
            <table className="catalogue-categories">
              <caption className="visually-hidden">Catalogue categories</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Brands</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((category) => (
                  <tr key={category.id}>
                    <th scope="row">
                      {category.label} <span className="hint">({category.id})</span>
                    </th>
                    <td>{category.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>

          {(hiddenBrands.length > 0 || movedBrands.length > 0) && (
            <>
              <h3>Your changes</h3>
              <ul aria-label="Your catalogue changes">
                {hiddenBrands.map((brand) => (
                  <li key={`hidden-${brand.id}`}>
                    {brand.name}: hidden{' '}
                    <button type="button" aria-label={`Show ${brand.name} again`} onClick={() => unhide(brand)}>
                      Show again
                    </button>
                  </li>
                ))}
                {movedBrands.map((brand) => (
                  <li key={`moved-${brand.id}`}>
                    {brand.name}: moved from {categoryText(brand.categories)} to {categoryText(effectiveById.get(brand.id)?.categories ?? overrides.moved[brand.id] ?? [])}{' '}
                    <button type="button" aria-label={`Undo move of ${brand.name}`} onClick={() => unmove(brand)}>
                      Undo move
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}

          <div className="field">
            <label htmlFor={`${ids}-search`}>Search catalogue brands</label>
            <input id={`${ids}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
          </div>
          {query.trim() !== '' && (
            <>
              <p>
                {matches.length === 0
                  ? `No catalogue brand matches “${query.trim()}”.`
                  : matches.length > MAX_RESULTS
                    ? `Showing ${MAX_RESULTS} of ${matches.length} matches; type more to narrow the search.`
                    : `${plural(matches.length, 'match', 'matches')}.`}
              </p>
              <ul aria-label="Matching catalogue brands" className="catalogue-results">
                {matches.slice(0, MAX_RESULTS).map((brand) => (
                  <BrandRow
                    key={brand.id}
                    brand={brand}
                    catalogue={catalogue}
                    hidden={overrides.hidden.includes(brand.id)}
                    moved={Object.hasOwn(overrides.moved, brand.id)}
                    categoryText={categoryText(effectiveById.get(brand.id)?.categories ?? brand.categories)}
                    onHide={() => hide(brand)}
                    onUnhide={() => unhide(brand)}
                    onMove={(categoryIds) => move(brand, categoryIds)}
                    onUnmove={() => unmove(brand)}
                  />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

interface BrandRowProps {
  brand: CatalogueBrand;
  catalogue: Catalogue;
  hidden: boolean;
  moved: boolean;
  categoryText: string;
  onHide(): void;
  onUnhide(): void;
  onMove(categoryIds: string[]): void;
  onUnmove(): void;
}

function BrandRow({ brand, catalogue, hidden, moved, categoryText, onHide, onUnhide, onMove, onUnmove }: BrandRowProps) {
  const ids = useId();
  const [moving, setMoving] = useState(false);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = resolveCategoryList(input, catalogue);
    if ('empty' in result) {
      setError('Type at least one category, for example “fast food”.');
      return;
    }
    if ('unknown' in result) {
      setError(`“${result.unknown}” is not a catalogue category. Use a category from the list above (label or id); separate several with commas.`);
      return;
    }
    setError('');
    setMoving(false);
    setInput('');
    onMove(result.ids);
  };

  return (
    <li>
      <strong>{brand.name}</strong>
      {hidden ? ' (hidden)' : ` (${categoryText}${moved ? ', moved by you' : ''})`}{' '}
      {hidden ? (
        <button type="button" aria-label={`Show ${brand.name} again`} onClick={onUnhide}>
          Show again
        </button>
      ) : (
        <button type="button" aria-label={`Hide ${brand.name}`} onClick={onHide}>
          Hide
        </button>
      )}{' '}
      {moved ? (
        <button type="button" aria-label={`Undo move of ${brand.name}`} onClick={onUnmove}>
          Undo move
        </button>
      ) : (
        !moving && (
          <button type="button" aria-label={`Move ${brand.name} to other categories`} onClick={() => setMoving(true)}>
            Move…
          </button>
        )
      )}
      {moving && !moved && (
        <form
          className="record-form"
          onSubmit={submit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setMoving(false);
              setError('');
            }
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-categories`}>New categories for {brand.name}</label>
            <input
              id={`${ids}-categories`}
              value={input}
              autoFocus
              onChange={(event) => setInput(event.target.value)}
              aria-invalid={error !== '' ? true : undefined}
              aria-describedby={error !== '' ? `${ids}-error` : `${ids}-hint`}
            />
            {error !== '' ? (
              <span id={`${ids}-error`} className="field-error">
                {error}
              </span>
            ) : (
              <span id={`${ids}-hint`} className="hint">
                Separate several categories with commas.
              </span>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              Move {brand.name}
            </button>
            <button
              type="button"
              onClick={() => {
                setMoving(false);
                setError('');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
