import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, ScanInputError } from '@/lib/cli/scan-jsonl';
import { PostResultSchema } from '@/lib/schema/post';
import { EXCHANGE } from '../evaluate/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'scan-test-'));
const contracts = join(work, 'contracts.json');
writeFileSync(contracts, JSON.stringify(EXCHANGE));

function scan(args: string[], input?: string) {
  return spawnSync(TSX, ['lib/cli/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('parseJsonl', () => {
  it('reads text, platform, author and date, skipping blank lines', () => {
    const [post, ...rest] = parseJsonl('{"text":"hi","platform":"tiktok","author":"@IlloJuan","date":"2025-12-01"}\n\n');
    expect(rest).toEqual([]);
    expect(post).toMatchObject({ platform: 'tiktok', authors: ['illojuan'], publishedAt: '2025-12-01T00:00:00.000Z', text: 'hi' });
  });

  it.each([
    ['{"text": 1}', /line 1: "text"/],
    ['{"text":"a"}\n{oops', /line 2: not JSON/],
    ['{"text":"a","platform":"myspace"}', /line 1: "platform"/],
    ['{"text":"a","date":"yesterday"}', /line 1, "date"/],
  ])('rejects %j naming the line', (input, message) => {
    expect(() => parseJsonl(input)).toThrow(ScanInputError);
    expect(() => parseJsonl(input)).toThrow(message);
  });
});

describe('npm run scan -- --jsonl', () => {
  it('prints one valid PostResult per input line, in order, with verdicts from --contracts', () => {
    const input = [
      { text: 'Probando @burgerking_es 🍔 #ad', platform: 'tiktok', author: 'illojuan', date: '2025-12-01' },
      { text: 'Just a sunset' },
      { text: 'Not sponsored, I love Burger King', platform: 'tiktok', author: 'illojuan', date: '2025-12-01' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const out = execFileSync(TSX, ['lib/cli/scan.ts', '--jsonl', '-', '--contracts', contracts, '--now', '2025-12-05', '--no-catalogue'], { cwd: ROOT, input, encoding: 'utf8' });
    const results = out.trim().split('\n').map((line) => PostResultSchema.parse(JSON.parse(line)));
    expect(results.map((r) => r.text)).toEqual(['Probando @burgerking_es 🍔 #ad', 'Just a sunset', 'Not sponsored, I love Burger King']);
    expect(results.map((r) => r.verdicts.map((v) => v.level))).toEqual([['conflict'], [], []]);
  });

  it('gives brands and markers but no verdicts for a brands-only file', () => {
    const brandsOnly = join(work, 'brands.json');
    writeFileSync(brandsOnly, JSON.stringify({ version: 1, brands: EXCHANGE.brands }));
    const out = scan(['--jsonl', '-', '--contracts', brandsOnly, '--no-catalogue'], '{"text":"@burgerking_es #ad","author":"illojuan"}');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.brands.map((b: { brandId: string }) => b.brandId)).toEqual(['burger-king']);
    expect(result.markers.map((m: { kind: string }) => m.kind)).toEqual(['ad']);
    expect(result.verdicts).toEqual([]);
  });

  it('reads contracts in the CSV form too', () => {
    const csv = join(work, 'contracts.csv');
    writeFileSync(csv, 'contract_id,creator,creator_tiktok,brand,start,end,kind,competitors,coverage\nc-1,IlloJuan,illojuan,McDonalds,2025-11-01,2026-01-31,competitors,Burger King,any\n');
    const out = scan(['--jsonl', '-', '--contracts', csv, '--now', '2025-12-05', '--no-catalogue'], '{"text":"Cenando en Burger King","platform":"tiktok","author":"illojuan","date":"2025-12-01"}');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.verdicts.map((v: { level: string; contractId: string }) => [v.level, v.contractId])).toEqual([['conflict', 'c-1']]);
  });

  it.each([
    [['--jsonl', '-'], '{not json', /line 1/],
    [['--jsonl', join(work, 'missing.jsonl')], '', /no such file/],
    [['--jsonl', '-', '--contracts', join(work, 'missing.json')], '{"text":"a"}', /contracts .*no such file/],
    [['--jsonl', '-', '--now', 'soon'], '{"text":"a"}', /--now/],
    [['--bogus'], '', /unknown option/],
  ])('exits 2 with a one-line error for %j', (args, input, message) => {
    const out = scan(args, input);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });

  it('exits 2 for an invalid contracts file', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 2 }));
    const out = scan(['--jsonl', '-', '--contracts', bad], '{"text":"a"}');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^scan: contracts .*bad\.json/);
  });
});
