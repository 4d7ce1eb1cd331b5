import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '@/components/options/OptionsApp';
import { getStats, importExchange, loadExchange, wipeAllData } from '@/lib/db';
import { parseExchangeJson } from '@/lib/exchange';
import { json, sampleExchange } from '../../exchange/sample';

beforeEach(async () => {
  await wipeAllData();
  const file = sampleExchange();
  file.contracts.push({ ...file.contracts[0]!, id: 'c-002', brandId: 'kfc', clauses: [{ kind: 'competitors', competitorIds: ['burger-king'] }] });
  const outcome = parseExchangeJson(json(file));
  if (!outcome.ok) throw new Error('sample must be valid');
  await importExchange(outcome.data, 'replace');
});
afterEach(cleanup);

const section = (name: string) => screen.getByRole('region', { name });

async function renderPage() {
  const user = userEvent.setup();
  render(<OptionsApp />);
  await waitFor(() => expect(within(section('Brands')).getByText('4 stored')).toBeTruthy());
  await waitFor(() => expect(within(section('Contracts')).getByText('2 stored')).toBeTruthy());
  return user;
}

describe('options page: record tables', () => {
  it('searches contracts by creator, brand or competitor name', async () => {
    const user = await renderPage();
    const contracts = section('Contracts');
    const search = within(contracts).getByRole('searchbox', { name: 'Search contracts' });
    await user.type(search, "mcdonald's");
    expect(await within(contracts).findByText('1 of 2 match')).toBeTruthy();
    expect(within(contracts).getAllByRole("row").map((row) => row.textContent)).toContain(
      "c-001IlloJuanMcDonald's2025-11-01 – 2026-01-31fast-foodEdit Delete",
    );
    // c-001 names KFC as a competitor; c-002 is with KFC.
    await user.clear(search);
    await user.type(search, 'KFC');
    expect(await within(contracts).findByText('2 of 2 match')).toBeTruthy();
    expect(within(contracts).getAllByRole('row')).toHaveLength(3);
    await user.clear(search);
    await user.type(search, 'illojuan telepizza');
    expect(await within(contracts).findByText('0 of 2 match')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'c-002');
    await within(contracts).findByText('1 of 2 match');
    expect(within(contracts).getAllByRole('row')).toHaveLength(2); // header + c-002
  });

  it('adds a brand from the keyboard and shows field errors inline', async () => {
    const user = await renderPage();
    const brands = section('Brands');
    await user.click(within(brands).getByRole('button', { name: 'Add brand' }));
    const form = within(brands).getByRole('form', { name: 'New brand' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Id')));
    await user.keyboard('popeyes');
    await user.tab();
    await user.keyboard('Popeyes');
    await user.type(within(form).getByLabelText('Parent brand id'), 'nowhere');
    await user.keyboard('{Enter}');
    const parent = await within(form).findByLabelText('Parent brand id');
    await waitFor(() => expect(parent.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText(/unknown parent brand "nowhere"/, { selector: '.field-error' })).toBeTruthy();

    await user.clear(parent);
    await user.type(within(form).getByLabelText('Instagram handles'), '@popeyes; popeyes_es');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved brand popeyes.'));
    const stored = (await loadExchange()).brands.find((b) => b.id === 'popeyes');
    expect(stored?.handles.instagram).toEqual(['@popeyes', 'popeyes_es']);
    await waitFor(() => expect(within(brands).getByText('5 stored')).toBeTruthy());
  });

  it('edits a contract: a date that does not exist is refused next to its field', async () => {
    const user = await renderPage();
    const contracts = section('Contracts');
    await user.click(within(contracts).getByRole('button', { name: 'Edit contract c-002' }));
    const form = within(contracts).getByRole('form', { name: 'Edit contract c-002' });
    const end = within(form).getByLabelText('End');
    // happy-dom keeps what is typed in a date field; a browser's date picker cannot produce a bad date.
    await user.clear(end);
    await user.type(end, '2025-10-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByRole('alert').textContent).toContain('ends (2025-10-01) before it starts (2025-11-01)');

    await user.clear(end);
    await user.type(end, '2026-06-30');
    await user.click(within(form).getByRole('button', { name: 'Add clause' }));
    const clause2 = within(form).getByRole('group', { name: 'Clause 2' });
    await user.selectOptions(within(clause2).getByLabelText('Kind'), 'full');
    await user.click(within(clause2).getByRole('checkbox', { name: 'tiktok' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved contract c-002.'));
    const saved = (await loadExchange()).contracts.find((c) => c.id === 'c-002');
    expect(saved?.end).toBe('2026-06-30');
    expect(saved?.clauses[1]).toMatchObject({ kind: 'full', platforms: ['tiktok'] });
    expect((await getStats()).clauses).toBe(3);
  });

  it('refuses to delete a brand still named by a contract, and deletes a contract after confirmation', async () => {
    const user = await renderPage();
    const brands = section('Brands');
    await user.click(within(brands).getByRole('button', { name: 'Delete brand kfc' }));
    await waitFor(() => expect(document.activeElement).toBe(within(brands).getByRole('button', { name: 'No' })));
    await user.click(within(brands).getByRole('button', { name: 'Yes, delete brand kfc' }));
    expect((await within(brands).findByRole('alert')).textContent).toBe('Not deleted: brand "kfc" is still used by contract c-001, contract c-002');

    const contracts = section('Contracts');
    await user.click(within(contracts).getByRole('button', { name: 'Delete contract c-002' }));
    await user.click(within(contracts).getByRole('button', { name: 'Yes, delete contract c-002' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted contract c-002.'));
    expect(await getStats()).toMatchObject({ contracts: 1, clauses: 1 });
  });
});
