import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupView } from '@/components/popup/PopupView';
import { DraftCheck } from '@/components/popup/DraftCheck';
import { checkDraft } from '@/lib/popup/draft-check';
import { backgroundOverDatabase, sampleContracts, storeSampleContracts } from './popup-fixtures';

beforeEach(storeSampleContracts);
afterEach(cleanup);

function renderDraftCheck() {
  const send = backgroundOverDatabase();
  const onCheck = vi.fn((input: Parameters<typeof checkDraft>[0]) => checkDraft(input, send));
  render(<DraftCheck creators={sampleContracts.creators} today="2026-05-01" onCheck={onCheck} />);
  return { onCheck, user: userEvent.setup() };
}

describe('draft check', () => {
  it('shows the clause a competitor caption would breach, through the background engine', async () => {
    const { user } = renderDraftCheck();
    await user.selectOptions(screen.getByLabelText('Creator'), 'Marta Runs');
    expect((screen.getByLabelText('Handle') as HTMLInputElement).value).toBe('marta.runs');
    await user.clear(screen.getByLabelText('Planned date'));
    await user.type(screen.getByLabelText('Planned date'), '2026-06-01');
    await user.type(screen.getByLabelText('Caption'), '#ad loving my new @adidas runners');
    await user.click(screen.getByRole('button', { name: 'Check draft' }));

    const breaches = await screen.findByRole('list', { name: 'Clauses this draft would breach' });
    expect(breaches.textContent).toContain('Adidas');
    expect(breaches.textContent).toContain('contract c-002, clause 1');
    expect(screen.getByTestId('disclosure-verdict').textContent).toMatch(/^✓ Adequate/);
    expect(screen.getByRole('list', { name: 'Disclosure markers' }).textContent).toContain('“#ad”: strong (ad), at character 1, before the fold (125)');
  });

  it('follows the platform: a handle picked for TikTok and a clause limited to Instagram and TikTok', async () => {
    const { user } = renderDraftCheck();
    await user.selectOptions(screen.getByLabelText('Creator'), 'Marta Runs');
    await user.selectOptions(screen.getByLabelText('Platform'), 'youtube');
    expect((screen.getByLabelText('Handle') as HTMLInputElement).value).toBe('@MartaRuns');
    await user.type(screen.getByLabelText('Caption'), '#ad loving my new @adidas runners');
    await user.click(screen.getByRole('button', { name: 'Check draft' }));
    // c-002 covers Instagram and TikTok only.
    expect((await screen.findByTestId('draft-result')).textContent).toContain('No clause of Marta Runs would be breached on 2026-05-01');
  });

  it('flags a weak, late or negated disclosure and an undisclosed own-brand promotion', async () => {
    const { user } = renderDraftCheck();
    await user.type(screen.getByLabelText('Handle'), '@Marta.Runs');
    await user.type(screen.getByLabelText('Caption'), 'Not sponsored! My favourite @nike shoes, use code MARTA10 for 10% off #collab');
    await user.click(screen.getByRole('button', { name: 'Check draft' }));
    const result = await screen.findByTestId('draft-result');
    expect(within(result).getByTestId('disclosure-verdict').textContent).toBe('✗ Not adequate.');
    const problems = within(result).getByRole('list', { name: 'Disclosure problems' }).textContent;
    expect(problems).toContain('alone is a weak disclosure');
    expect(problems).toContain('says the post is not paid');
    expect(problems).toContain('Nike is a contracted brand');
    // Short enough to show whole before Instagram's fold.
    expect(within(result).getByTestId('before-fold').textContent).toBe(
      'Not sponsored! My favourite @nike shoes, use code MARTA10 for 10% off #collab',
    );
  });

  it('shows what viewers see before the fold, and that a late #ad is behind it', async () => {
    const { user } = renderDraftCheck();
    await user.type(screen.getByLabelText('Handle'), 'marta.runs');
    const story = 'Thirty kilometres along the river today, the longest run of this block and the legs still felt fresh at the end. ';
    await user.type(screen.getByLabelText('Caption'), `${story}Loving my new @adidas runners #ad`);
    await user.click(screen.getByRole('button', { name: 'Check draft' }));
    const result = await screen.findByTestId('draft-result');
    expect(within(result).getByTestId('before-fold').textContent).toBe(`${story}Loving my new @adidas runners #ad`.slice(0, 125));
    expect(within(result).getByRole('list', { name: 'Disclosure problems' }).textContent).toContain('comes after the first 125 characters');
    expect(within(result).getByRole('list', { name: 'Clauses this draft would breach' }).textContent).toContain('Adidas');
  });

  it('says when the handle is not on the roster', async () => {
    const { user } = renderDraftCheck();
    await user.type(screen.getByLabelText('Handle'), 'stranger');
    await user.type(screen.getByLabelText('Caption'), '#ad new @adidas kit');
    await user.click(screen.getByRole('button', { name: 'Check draft' }));
    expect((await screen.findByTestId('draft-result')).textContent).toContain('@stranger is not one of your creators on Instagram');
  });

  it('names missing fields and moves focus to the first one without checking', async () => {
    const { user, onCheck } = renderDraftCheck();
    await user.click(screen.getByRole('button', { name: 'Check draft' }));
    const handle = screen.getByLabelText('Handle');
    expect(document.activeElement).toBe(handle);
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose a creator or type a handle.')).toBeTruthy();
    expect(screen.getByText('Paste the caption to check.')).toBeTruthy();
    expect(onCheck).not.toHaveBeenCalled();
  });

  it('reports a failed check instead of a result', async () => {
    const user = userEvent.setup();
    render(<DraftCheck creators={[]} today="2026-05-01" onCheck={(input) => checkDraft(input, async () => ({ ok: false, error: 'invalid request' }))} />);
    await user.type(screen.getByLabelText('Handle'), 'x');
    await user.type(screen.getByLabelText('Caption'), 'hello');
    await user.click(screen.getByRole('button', { name: 'Check draft' }));
    expect((await screen.findByRole('alert')).textContent).toContain('invalid request');
  });
});

describe('popup tabs', () => {
  it('reaches the draft check with the keyboard only and keeps a half-written draft across tabs', async () => {
    const user = userEvent.setup();
    render(
      <PopupView
        stats={{ creators: 3, brands: 9, contracts: 3, clauses: 3 }}
        tab={{ status: 'unsupported' }}
        onFocusPost={vi.fn()}
        onOpenOptions={vi.fn()}
        draft={{ creators: sampleContracts.creators, today: '2026-05-01', onCheck: vi.fn() }}
        dismissed={{ dismissals: [], onUndo: vi.fn() }}
      />,
    );
    await user.tab(); // Manage contracts
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'This page' }));
    await user.keyboard('{ArrowRight}');
    const draftTab = screen.getByRole('tab', { name: 'Draft check' });
    expect(document.activeElement).toBe(draftTab);
    expect(draftTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('tabpanel', { name: 'This page' })).toBeNull();
    expect(screen.getByRole('tabpanel', { name: 'Draft check' })).toBeTruthy();
    await user.tab(); // into the panel
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Creator'));
    await user.type(screen.getByLabelText('Caption'), 'half a draft');
    await user.click(screen.getByRole('tab', { name: 'Dismissed' }));
    expect(screen.getByText(/Nothing dismissed/)).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Draft check' }));
    expect((screen.getByLabelText('Caption') as HTMLTextAreaElement).value).toBe('half a draft');
  });
});

describe('draft check platform', () => {
  it('follows the open tab\u2019s platform until the person picks one', async () => {
    const props = { creators: sampleContracts.creators, today: '2026-05-01', onCheck: vi.fn() };
    const { rerender } = render(<DraftCheck {...props} initialPlatform="instagram" />);
    rerender(<DraftCheck {...props} initialPlatform="tiktok" />);
    const platform = screen.getByLabelText('Platform') as HTMLSelectElement;
    expect(platform.value).toBe('tiktok');
    await userEvent.selectOptions(platform, 'youtube');
    rerender(<DraftCheck {...props} initialPlatform="instagram" />);
    expect(platform.value).toBe('youtube');
  });
});
