import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '@/components/options/OptionsApp';
import { getStats, importExchange, loadExchange, wipeAllData } from '@/lib/db';
import { CSV_COLUMNS, MAX_IMPORT_BYTES, parseContractsCsv, parseExchangeJson } from '@/lib/exchange';
import { json, sampleExchange } from '../../exchange/sample';

const csvFile = (rows: string[], name = 'contracts.csv') =>
  new File([[CSV_COLUMNS.join(','), ...rows].join('\n')], name, { type: 'text/csv' });
const row = (id: string, end = '2026-01-31') =>
  `${id},IlloJuan,,@illojuan,,McDonald's,2025-11-01,${end},,fast-food,Burger King;KFC,,,,30,`;

beforeEach(async () => {
  await wipeAllData();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function chooseFile(file: File) {
  const user = userEvent.setup();
  render(<OptionsApp today={() => new Date('2026-03-01T12:00:00Z')} />);
  await user.upload(screen.getByLabelText('Contract file'), file);
  return user;
}

describe('options page: import', () => {
  it('previews a CSV, imports it on Import and reports the counts', async () => {
    const user = await chooseFile(csvFile([row('c-001'), row('c-002')]));
    const preview = await screen.findByRole('heading', { name: /Preview of contracts\.csv/ });
    await waitFor(() => expect(document.activeElement).toBe(preview));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Contracts 2 0 0 0/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Brands 3 0 0 0/ })).toBeTruthy();
    // Nothing is stored before the user confirms.
    expect((await getStats()).contracts).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Imported 2 contracts (2 clauses), 1 creator and 3 brands from contracts.csv: 6 added, 0 changed, 0 removed.',
      ),
    );
    expect(await getStats()).toEqual({ creators: 1, brands: 3, contracts: 2, clauses: 2 });
    // The live counts follow the database.
    const counts = screen.getByRole('region', { name: 'Stored in this browser' });
    await waitFor(() => expect(within(counts).getByText('Contracts').nextSibling?.textContent).toBe('2'));
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('lists row-level errors of a bad CSV, offers no Import, and stores nothing', async () => {
    await importExchange(validSample(), 'replace');
    const before = await loadExchange();
    await chooseFile(csvFile([row('c-001'), row('c-002', '2025-02-30'), row('c-003', 'next week')]));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported: contracts.csv has 2 problems');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'row 3, column end: "2025-02-30" is not a real calendar date',
      'row 4, column end: "next week" must be a date written YYYY-MM-DD',
    ]);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await loadExchange()).toEqual(before);
  });

  it('names the record and field of a bad JSON file', async () => {
    const file = sampleExchange();
    file.brands.push({ id: 'kfc', name: 'KFC again' });
    await chooseFile(new File([json(file)], 'export.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('brands[4] (id kfc).id: duplicate id "kfc": brands[3] has the same id');
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 5 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    await chooseFile(file);
    expect((await screen.findByRole('alert')).textContent).toContain('is 55.0 MB; the limit is 50.0 MB');
    expect(text).not.toHaveBeenCalled();
  });

  it('shows what replace would remove, and Cancel changes nothing', async () => {
    await importExchange(validSample(), 'replace');
    const user = await chooseFile(csvFile([row('c-009')]));
    await screen.findByRole('heading', { name: /Preview of contracts\.csv \(merge\)/ });
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    await screen.findByRole('heading', { name: /\(replace\)/ });
    expect(screen.getByRole('row', { name: /Contracts 1 0 0 1/ })).toBeTruthy();
    expect(screen.getByText(/Contracts removed: c-001/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status').textContent).toMatch(/nothing was changed/);
    expect((await getStats()).contracts).toBe(1);
  });

  it('works from the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    const input = screen.getByLabelText('Contract file');
    input.focus();
    await user.upload(input, csvFile([row('c-001')]));
    const preview = await screen.findByRole('heading', { name: /Preview/ });
    await waitFor(() => expect(document.activeElement).toBe(preview));
    await user.tab(); // from the focused preview heading to Import
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported 1 contract/));
  });
});

describe('options page: export and wipe', () => {
  it('exports JSON and CSV that read back as the stored data', async () => {
    await importExchange(validSample(), 'replace');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<OptionsApp today={() => new Date('2026-03-01T12:00:00Z')} />);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Export JSON' }) as HTMLButtonElement).disabled).toBe(false));

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exported 1 contract to conflict-lens-contracts-2026-03-01.json.'));
    const exported = parseExchangeJson(await blobs[0]!.text());
    expect(exported.ok && exported.data.contracts).toEqual((await loadExchange()).contracts);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const csv = parseContractsCsv(await blobs[1]!.text());
    expect(csv.ok && csv.data.contracts.map((c) => c.id)).toEqual(['c-001']);
  });

  it('wipes only after confirmation; the safe button has the focus', async () => {
    await importExchange(validSample(), 'replace');
    const user = userEvent.setup();
    render(<OptionsApp />);
    const start = await screen.findByRole('button', { name: 'Wipe all data…' });
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    await user.click(start);
    expect(screen.getByText(/Delete 1 contract, 1 creator and 4 brands/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my data' })));
    await user.keyboard('{Enter}');
    expect((await getStats()).contracts).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Wipe all data…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, wipe everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/wiped/));
    expect(await getStats()).toEqual({ creators: 0, brands: 0, contracts: 0, clauses: 0 });
  });
});

function validSample() {
  const outcome = parseExchangeJson(json(sampleExchange()));
  if (!outcome.ok) throw new Error('sample must be valid');
  return outcome.data;
}
