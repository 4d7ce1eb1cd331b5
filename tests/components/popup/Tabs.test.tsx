import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Tabs } from '@/components/popup/Tabs';

afterEach(cleanup);

function ThreeTabs() {
  const [selected, setSelected] = useState('a');
  const tabs = ['a', 'b', 'c'].map((id) => ({ id, label: `Tab ${id}`, panel: <p>panel {id}</p> }));
  return <Tabs label="Sections" tabs={tabs} selected={selected} onSelect={setSelected} />;
}

describe('Tabs', () => {
  it('is one tab stop; arrows wrap, Home and End jump, and only the chosen panel shows', async () => {
    const user = userEvent.setup();
    render(<ThreeTabs />);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Tab a' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Tab c' }));
    expect(screen.getByRole('tabpanel', { name: 'Tab c' }).textContent).toBe('panel c');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Tab a' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Tab c' }));
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    // Tab leaves the tab list for the open panel.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: 'Tab c' }));
  });
});
