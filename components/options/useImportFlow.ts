/**
 * The import flow of the options page as a small state machine:
 *
 *   idle ─choose file─▶ reading ─┬─ problems ─▶ rejected (row-level errors; nothing stored)
 *                                └─ valid ────▶ previewing ─Import─▶ importing ─▶ idle (+ status)
 *                                                  │  ▲ mode change re-plans      └─ failure ─▶ failed
 *                                                  └──┴─ Cancel ─▶ idle
 */
import { useCallback, useRef, useState } from 'react';
import { importExchange, previewImport, type ImportMode, type ImportPreview, type ImportSummary } from '@/lib/db';
import { MAX_IMPORT_BYTES, parseContractsFile, tooLargeProblem, type ImportProblem } from '@/lib/exchange';
import type { ExchangeV1 } from '@/lib/schema/contracts';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'rejected'; fileName: string; problems: ImportProblem[] }
  | { step: 'previewing'; fileName: string; data: ExchangeV1; preview: ImportPreview; warnings: string[] }
  | { step: 'importing'; fileName: string; preview: ImportPreview; warnings: string[] }
  | { step: 'failed'; fileName: string; message: string };

export interface ImportFlow {
  state: ImportState;
  mode: ImportMode;
  chooseFile(file: File): Promise<void>;
  setMode(mode: ImportMode): Promise<void>;
  confirm(): Promise<ImportSummary | null>;
  cancel(): void;
}

export function useImportFlow(onImported: (summary: ImportSummary, fileName: string) => void): ImportFlow {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [mode, setModeState] = useState<ImportMode>('merge');
  // A newer file choice wins over a slower, older one still being read.
  const attempt = useRef(0);

  const chooseFile = useCallback(
    async (file: File) => {
      const mine = ++attempt.current;
      const fileName = file.name;
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ step: 'rejected', fileName, problems: [tooLargeProblem(file.size)] });
        return;
      }
      setState({ step: 'reading', fileName });
      try {
        const outcome = parseContractsFile(await file.text(), fileName);
        if (mine !== attempt.current) return;
        if (!outcome.ok) {
          setState({ step: 'rejected', fileName, problems: outcome.errors });
          return;
        }
        const preview = await previewImport(outcome.data, mode);
        if (mine !== attempt.current) return;
        setState({ step: 'previewing', fileName, data: outcome.data, preview, warnings: outcome.warnings });
      } catch (error) {
        if (mine === attempt.current) setState({ step: 'failed', fileName, message: messageOf(error) });
      }
    },
    [mode],
  );

  const setMode = useCallback(
    async (next: ImportMode) => {
      setModeState(next);
      if (state.step !== 'previewing') return;
      const mine = ++attempt.current;
      const preview = await previewImport(state.data, next);
      if (mine === attempt.current) setState({ ...state, preview });
    },
    [state],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'previewing') return null;
    const { fileName, data, preview, warnings } = state;
    attempt.current++;
    setState({ step: 'importing', fileName, preview, warnings });
    try {
      const summary = await importExchange(data, mode);
      setState({ step: 'idle' });
      onImported(summary, fileName);
      return summary;
    } catch (error) {
      setState({ step: 'failed', fileName, message: `Nothing was imported: ${messageOf(error)}` });
      return null;
    }
  }, [state, mode, onImported]);

  const cancel = useCallback(() => {
    attempt.current++;
    setState({ step: 'idle' });
  }, []);

  return { state, mode, chooseFile, setMode, confirm, cancel };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
