/** Styles of the one shadow root; nothing here can leak into, or be overridden by, the page. */
export const OVERLAY_CSS = `
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483000;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; }
.badge { position: absolute; transform: translateX(calc(-100% - 8px)); margin-top: 8px;
  display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px; border-radius: 999px;
  border: 1px solid rgba(0,0,0,.25); font: 600 12px/18px system-ui, sans-serif; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.3); white-space: nowrap; }
.badge[hidden] { display: none; }
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.badge[data-level="conflict"] { background: #b3261e; color: #fff; }
.badge[data-level="warning"] { background: #f9c74f; color: #1b1b1f; }
.badge[data-level="clear"] { background: #e6f4ea; color: #1e5b30; opacity: .85; font-weight: 500; }
.flash { position: absolute; pointer-events: none; border: 4px solid #1a73e8; border-radius: 6px;
  box-sizing: border-box; animation: pulse .6s ease-in-out 4 alternate; }
@keyframes pulse { from { opacity: 1; } to { opacity: .15; } }
.panel { position: fixed; top: 72px; right: 16px; width: min(380px, calc(100vw - 32px));
  max-height: calc(100vh - 96px); overflow: auto; background: #fff; color: #1b1b1f;
  border: 1px solid #c4c7c5; border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.28);
  padding: 14px 16px; z-index: 2147483001; text-align: start; }
.panel h2 { font-size: 15px; margin: 0 28px 4px 0; }
.panel h3 { font-size: 13px; margin: 12px 0 4px; }
.panel .meta { color: #5f6368; margin: 0 0 8px; }
.panel .close { position: absolute; top: 8px; right: 8px; border: 0; background: none; font-size: 18px;
  cursor: pointer; color: #5f6368; }
.verdict { border-top: 1px solid #e0e0e0; padding: 8px 0; }
.verdict dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 4px 0; }
.verdict dt { color: #5f6368; } .verdict dd { margin: 0; overflow-wrap: anywhere; }
.verdict ul { margin: 4px 0; padding-inline-start: 18px; }
.verdict button, .dismissed button { font: inherit; padding: 3px 10px; border-radius: 6px;
  border: 1px solid #747775; background: #fff; cursor: pointer; }
.level { font-weight: 700; } .level.conflict { color: #b3261e; } .level.warning { color: #8a5a00; }
.caption { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; margin: 0;
  max-height: 240px; overflow: auto; background: #f8f9fa; padding: 6px 8px; border-radius: 6px; }
.caption mark { border-radius: 2px; padding: 0 1px; color: inherit; }
.caption mark.brand { background: #ffd6d1; } .caption mark.marker { background: #d3e3fd; }
.caption mark.code { background: #fdecc8; }
.caption .control { font: 11px monospace; background: #5f6368; color: #fff; border-radius: 3px; padding: 0 2px; }
.dismissed { color: #5f6368; }
`;
