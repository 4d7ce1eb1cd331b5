// fake-indexeddb gives Dexie a real IndexedDB implementation in Node; WXT's fakeBrowser (installed by
// WxtVitest) stands in for the extension APIs.
import 'fake-indexeddb/auto';
