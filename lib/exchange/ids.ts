/**
 * Ids derived from names, for the CSV form where creators and brands are written by name.
 * "Burger King" and "burger king" and "Bürger-King" all mean one brand, so the id folds case,
 * accents and punctuation: "burger-king".
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // "McDonald's" is "mcdonalds", not "mcdonald-s".
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

/** A `;`-separated CSV cell as a list: items trimmed, empty items dropped. */
export function splitList(cell: string): string[] {
  if (cell.trim() === '') return [];
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
