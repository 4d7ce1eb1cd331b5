import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DismissedList } from '@/components/popup/DismissedList';
import { dismiss, listDismissals, undoDismissal } from '@/lib/page/dismissals';
import { analyseDraft } from '../../draft/demo-engine';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('dismissed findings', () => {
  it('lists what was marked "Not a conflict" and undoes one', async () => {
    const adidas = { ...analyseDraft({ caption: '#ad loving my new @adidas runners' }), url: 'https://www.instagram.com/p/A1/' };
    const puma = { ...analyseDraft({ caption: '#ad new <b>@puma</b> spikes' }), url: null };
    await dismiss(adidas, adidas.verdicts[0]!, new Date('2026-11-01T10:00:00Z'));
    await dismiss(puma, puma.verdicts[0]!, new Date('2026-11-02T10:00:00Z'));

    const brandNames = new Map([['adidas', 'Adidas']]);
    const { rerender } = render(
      <DismissedList dismissals={await listDismissals()} brandNames={brandNames} onUndo={(ref) => void undoDismissal(ref)} />,
    );
    const list = screen.getByRole('list', { name: 'Dismissed findings' });
    const items = within(list).getAllByRole('listitem');
    // Newest first; a brand the database does not name keeps its id.
    expect(items.map((li) => li.textContent?.includes('puma, contract c-002'))).toEqual([true, false]);
    expect(items[0]?.textContent).toContain('“#ad new <b>@puma</b> spikes”');
    expect(items[0]?.querySelector('b')).toBeNull();
    expect(items[1]?.textContent).toContain('https://www.instagram.com/p/A1/');

    await userEvent.click(screen.getByRole('button', { name: 'Undo: Adidas, contract c-002, clause 1' }));
    await expect.poll(async () => (await listDismissals()).map((d) => d.brandId)).toEqual(['puma']);
    rerender(<DismissedList dismissals={await listDismissals()} onUndo={() => {}} />);
    expect(screen.getAllByRole('button', { name: /^Undo/ })).toHaveLength(1);
  });

  it('says when nothing is dismissed', () => {
    render(<DismissedList dismissals={[]} onUndo={() => {}} />);
    expect(screen.getByText(/Nothing dismissed/)).toBeTruthy();
  });
});
