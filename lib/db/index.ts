/** The contract database: import, export, queries for the background, popup and options page. */
export { db, DATABASE_NAME } from './database';
export { importExchange, previewImport, ImportRejectedError } from './import';
export type { ImportMode, ImportPreview, ImportSummary, TableChanges } from './plan';
export { exportExchange, getStats, loadExchange, wipeAllData } from './queries';
export { DATA_VERSION_KEY, getDataVersion } from './version';
export { deleteBrand, deleteContract, deleteCreator, saveBrand, saveContract, saveCreator, type SaveOutcome } from './records';
export { matchesWords, searchContracts, searchWords, type RecordPage } from './search';
