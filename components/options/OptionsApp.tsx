/**
 * The options page: stored counts, import (with preview), export, the record tables, wipe. Data comes from lib/db;
 * every panel below is presentational. One live region (role="status") reports what was done.
 */
import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { exportExchange, getStats, wipeAllData, type ImportSummary } from '@/lib/db';
import { serialiseContractsCsv, serialiseExchangeJson } from '@/lib/exchange';
import { downloadText } from '@/lib/download';
import { CataloguePanel } from './CataloguePanel';
import { ExportPanel, type ExportFormat } from './ExportPanel';
import { importedMessage, plural } from './format';
import { ImportPanel } from './ImportPanel';
import { StatsPanel } from './StatsPanel';
import { SyncPanel } from './SyncPanel';
import { RecordTables } from './tables/RecordTables';
import { useImportFlow } from './useImportFlow';
import { WipePanel } from './WipePanel';

export interface OptionsAppProps {
  /** Today's date for export file names; injectable for tests. */
  today?: () => Date;
}

export function OptionsApp({ today = () => new Date() }: OptionsAppProps) {
  const stats = useLiveQuery(getStats);
  const [status, setStatus] = useState('');
  const onImported = useCallback((summary: ImportSummary, fileName: string) => {
    setStatus(importedMessage(summary, fileName));
  }, []);
  const flow = useImportFlow(onImported);

  const exportAs = async (format: ExportFormat) => {
    try {
      const data = await exportExchange();
      const date = today().toISOString().slice(0, 10);
      const fileName = `conflict-lens-contracts-${date}.${format}`;
      if (format === 'json') downloadText(serialiseExchangeJson(data), fileName, 'application/json');
      else downloadText(serialiseContractsCsv(data), fileName, 'text/csv');
      setStatus(`Exported ${plural(data.contracts.length, 'contract')} to ${fileName}.`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const wipe = async () => {
    try {
      await wipeAllData();
      setStatus('All contracts, creators and brands were wiped from this browser.');
    } catch (error) {
      setStatus(`Wipe failed, nothing was deleted: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <main className="options">
      <h1>Conflict Lens: contracts</h1>
      <p role="status" className="status">
        {status}
      </p>
      <StatsPanel stats={stats} />
      <ImportPanel
        state={flow.state}
        mode={flow.mode}
        onFile={(file) => {
          setStatus('');
          void flow.chooseFile(file);
        }}
        onMode={(mode) => void flow.setMode(mode)}
        onImport={() => void flow.confirm()}
        onCancel={() => {
          flow.cancel();
          setStatus('Import cancelled; nothing was changed.');
        }}
      />
      <ExportPanel onExport={(format) => void exportAs(format)} disabled={stats === undefined || stats.contracts + stats.brands + stats.creators === 0} />
      <SyncPanel />
      <CataloguePanel />
      <RecordTables onStatus={setStatus} />
      <WipePanel stats={stats} onWipe={wipe} />
    </main>
  );
}
