/**
 * The small per-post badge: colour + icon + word, so the level never depends on colour alone, and an
 * accessible name ("Conflict Lens: conflict") for screen readers.
 */
import type { PostLevel } from '@/lib/schema/post';

export const LEVEL_TEXT: Record<PostLevel, { word: string; icon: string; hint: string }> = {
  conflict: { word: 'Conflict', icon: '\u2716', hint: 'breaks an exclusivity clause' },
  warning: { word: 'Warning', icon: '\u26A0', hint: 'may break an exclusivity clause' },
  clear: { word: 'Clear', icon: '\u2713', hint: 'no conflict found' },
};

export function badgeName(level: PostLevel): string {
  return `Conflict Lens: ${level}`;
}

export function createBadge(doc: Document, key: string, level: PostLevel): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.dataset.postKey = key;
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const word = doc.createElement('span');
  word.className = 'word';
  button.append(icon, word);
  setBadgeLevel(button, level);
  return button;
}

export function setBadgeLevel(button: HTMLButtonElement, level: PostLevel): void {
  if (button.dataset.level === level) return;
  const text = LEVEL_TEXT[level];
  button.dataset.level = level;
  button.setAttribute('aria-label', badgeName(level));
  button.title = `Conflict Lens: ${text.hint}${level === 'clear' ? '' : ' (open for the evidence)'}`;
  button.querySelector('.icon')!.textContent = text.icon;
  button.querySelector('.word')!.textContent = text.word;
}
