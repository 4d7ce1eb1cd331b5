/**
 * The engine on the command line (PRODUCT.md "Command line"):
 *
 *   npm run --silent scan -- <page.html> --url <page url> [--contracts <file.json|file.csv>] [--now <ISO date>]
 *   npm run --silent scan -- --jsonl <file|-> [--contracts <file>] [--now <ISO date>]
 *
 * Brands come from the built-in catalogue (public/brand-catalogue.json, when built) plus the contracts
 * file. Bad input: one line on stderr, exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseContractsFile } from '@/lib/exchange/index';
import { loadCatalogueFile } from '@/lib/brands/load-node';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import { analysePost, compileIndex, type IndexBrand } from '@/lib/engine';
import { isoFromDateInput, parseJsonl, ScanInputError } from './scan-jsonl';

const ROOT = resolve(import.meta.dirname, '../..');
const CATALOGUE_PATH = resolve(ROOT, 'public/brand-catalogue.json');

interface ScanArgs {
  page: string | null;
  url: string | null;
  jsonl: string | null;
  contracts: string | null;
  now: string | null;
  catalogue: boolean;
}

const USAGE = 'usage: scan <page.html> --url <url> | --jsonl <file|-> [--contracts <file>] [--now <date>] [--no-catalogue]';

export function parseArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = { page: null, url: null, jsonl: null, contracts: null, now: null, catalogue: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next !== '-')) throw new ScanInputError(`${arg} needs a value; ${USAGE}`);
      i++;
      return next;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--jsonl') args.jsonl = value();
    else if (arg === '--contracts') args.contracts = value();
    else if (arg === '--now') args.now = value();
    else if (arg === '--no-catalogue') args.catalogue = false;
    else if (arg.startsWith('--')) throw new ScanInputError(`unknown option ${arg}; ${USAGE}`);
    else if (args.page === null) args.page = arg;
    else throw new ScanInputError(`unexpected argument ${arg}; ${USAGE}`);
  }
  if (args.jsonl === null && args.page === null) throw new ScanInputError(USAGE);
  if (args.jsonl !== null && args.page !== null) throw new ScanInputError(`give either a page or --jsonl, not both; ${USAGE}`);
  if (args.page !== null && args.url === null) throw new ScanInputError(`a page needs --url <the page's address>; ${USAGE}`);
  return args;
}

function readInput(path: string, what: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScanInputError(`${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function loadContracts(path: string | null): ExchangeV1 {
  if (path === null) return { version: 1, brands: [], creators: [], contracts: [] };
  const outcome = parseContractsFile(readInput(path, 'contracts'), path);
  if (!outcome.ok) {
    const first = outcome.errors[0];
    const more = outcome.errors.length > 1 ? ` (and ${outcome.errors.length - 1} more)` : '';
    throw new ScanInputError(`contracts ${path}: ${first ? `${first.where}: ${first.message}` : 'invalid'}${more}`);
  }
  for (const warning of outcome.warnings) process.stderr.write(`warning: contracts ${path}: ${warning}\n`);
  return outcome.data;
}

function loadCatalogue(enabled: boolean): { catalogue: IndexBrand[]; words: string[] } {
  if (!enabled || !existsSync(CATALOGUE_PATH)) return { catalogue: [], words: [] };
  const { brands, words } = loadCatalogueFile(CATALOGUE_PATH);
  return { catalogue: brands, words };
}

/** The site-adapter side of page mode, loaded on demand so that --jsonl never loads a DOM. */
async function loadScanPage(): Promise<typeof import('./scan-page').scanPage> {
  return (await import('./scan-page')).scanPage;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const now = args.now === null ? new Date() : new Date(isoFromDateInput(args.now, '--now'));
    // Input is checked before the (slower) catalogue is compiled, so mistakes fail fast.
    const posts = args.jsonl !== null ? parseJsonl(readInput(args.jsonl, 'input')) : null;
    const data = loadContracts(args.contracts);
    const index = compileIndex(data, loadCatalogue(args.catalogue));
    if (posts !== null) {
      const results = posts.map((post) => analysePost(post, index, now));
      // One write per batch: 10,000 lines should not mean 10,000 syscalls.
      let chunk = '';
      for (const result of results) {
        chunk += `${JSON.stringify(result)}\n`;
        if (chunk.length > 1 << 20) {
          process.stdout.write(chunk);
          chunk = '';
        }
      }
      process.stdout.write(chunk);
      return 0;
    }
    const scanPage = await loadScanPage();
    const html = readInput(args.page ?? '', 'page');
    const result = scanPage(html, args.url ?? '', index, now);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`scan: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
