/** Event exports: JSON Lines and a GDELT/PLOVER-like TSV with provenance and evidence offsets. */
export { exportEvents, listEvents, TSV_COLUMNS, type EventExportFormat, type ExportedEvent } from './export-events.js';
