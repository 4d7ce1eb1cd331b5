import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CataloguePanel } from '@/components/options/CataloguePanel';
import { parseCatalogue, type Catalogue } from '@/lib/brands/catalogue';
import { CATALOGUE_OVERRIDES_KEY, loadCatalogueOverrides } from '@/lib/brands/user-overrides';

/** A small catalogue in the shipped file's format. */
function smallCatalogue(): Catalogue {
  return parseCatalogue({
    format: 'conflict-lens/brand-catalogue',
    version: 2,
    sources: { test: '1' },
    categories: [
      { id: 'fast-food', label: 'Fast food', count: 2 },
      { id: 'clothes', label: 'Clothes', count: 1 },
      { id: 'jewelry', label: 'Jewelry', count: 0 },
    ],
    synonyms: { jewellery: 'jewelry' },
    words: [],
    brands: [
      { id: 'nsi:Q38076', name: "McDonald's", aliases: ['McDo'], categories: ['fast-food'] },
      { id: 'nsi:Q177054', name: 'Burger King', categories: ['fast-food'] },
      { id: 'nsi:Q483915', name: 'Nike', categories: ['clothes'] },
    ],
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const countOf = (label: string) => {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${label}`) }).closest('tr')!;
  return within(row).getByRole('cell').textContent;
};

async function renderPanel() {
  const user = userEvent.setup();
  render(<CataloguePanel loadCatalogue={async () => smallCatalogue()} />);
  await screen.findByLabelText('Search catalogue brands');
  return user;
}

describe('Brand catalogue panel', () => {
  it('lists the categories with their brand counts, empty ones included', async () => {
    await renderPanel();
    expect(screen.getByRole('region', { name: 'Brand catalogue' })).toBeTruthy();
    expect(screen.getByText('3 brands in 3 categories.')).toBeTruthy();
    expect(countOf('Fast food')).toBe('2');
    expect(countOf('Clothes')).toBe('1');
    expect(countOf('Jewelry')).toBe('0');
  });

  it('finds brands by name or alias, hides one (saved, counts updated) and undoes it', async () => {
    const user = await renderPanel();
    await user.type(screen.getByLabelText('Search catalogue brands'), 'mcdo');
    const results = screen.getByRole('list', { name: 'Matching catalogue brands' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(results).getByRole('button', { name: "Hide McDonald's" }));
    expect(await screen.findByText(/McDonald's is hidden/)).toBeTruthy();
    expect(countOf('Fast food')).toBe('1');
    expect(await loadCatalogueOverrides()).toEqual({ hidden: ['nsi:Q38076'], moved: {} });

    const changes = screen.getByRole('list', { name: 'Your catalogue changes' });
    await user.click(within(changes).getByRole('button', { name: "Show McDonald's again" }));
    expect(await screen.findByText(/McDonald's is shown again/)).toBeTruthy();
    expect(countOf('Fast food')).toBe('2');
    expect(await loadCatalogueOverrides()).toEqual({ hidden: [], moved: {} });
    expect(screen.queryByRole('list', { name: 'Your catalogue changes' })).toBeNull();
  });

  it('refuses an unknown category with a message next to the field, then moves with a synonym and undoes', async () => {
    const user = await renderPanel();
    await user.type(screen.getByLabelText('Search catalogue brands'), 'nike');
    await user.click(screen.getByRole('button', { name: 'Move Nike to other categories' }));
    const field = screen.getByLabelText('New categories for Nike');
    expect(document.activeElement).toBe(field);
    await user.type(field, 'spaceships{Enter}');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toContain('“spaceships” is not a catalogue category');
    expect((await fakeBrowser.storage.local.get(CATALOGUE_OVERRIDES_KEY))[CATALOGUE_OVERRIDES_KEY]).toBeUndefined();

    await user.clear(field);
    await user.type(field, 'Jewellery, clothes');
    await user.click(screen.getByRole('button', { name: 'Move Nike' }));
    expect(await screen.findByText(/Nike moved to Jewelry, Clothes/)).toBeTruthy();
    expect(countOf('Jewelry')).toBe('1');
    expect(countOf('Clothes')).toBe('1');
    expect(await loadCatalogueOverrides()).toEqual({ hidden: [], moved: { 'nsi:Q483915': ['jewelry', 'clothes'] } });

    const results = screen.getByRole('list', { name: 'Matching catalogue brands' });
    await user.click(within(results).getByRole('button', { name: 'Undo move of Nike' }));
    await waitFor(() => expect(countOf('Jewelry')).toBe('0'));
    expect(await loadCatalogueOverrides()).toEqual({ hidden: [], moved: {} });
  });

  it('starts from the stored overrides and says when the catalogue cannot be loaded', async () => {
    await fakeBrowser.storage.local.set({ [CATALOGUE_OVERRIDES_KEY]: { hidden: ['nsi:Q177054'], moved: {} } });
    await renderPanel();
    expect(countOf('Fast food')).toBe('1');
    expect(screen.getByRole('button', { name: 'Show Burger King again' })).toBeTruthy();
    cleanup();
    render(<CataloguePanel loadCatalogue={async () => Promise.reject(new Error('brand catalogue not found (HTTP 404)'))} />);
    expect(await screen.findByText(/could not be loaded: brand catalogue not found/)).toBeTruthy();
  });
});
