import { useMemo, useState } from 'react';
import { useAtlas } from '../state/store';
import { citationIndex, featureById } from '../state/atlasData';
import { useScene } from '../state/scene';
import type { AtlasFeature } from '../model/feature';
import {
  featureRow,
  nextSort,
  sortRows,
  toggleCompared,
  userFeatureRows,
  type FeatureRow,
  type TableColumn,
  type TableSort,
} from '../model/featureTable';
import { STATUS_LABELS } from '../style/symbology';
import { showsInFrame } from '../model/scene';
import { DownloadButtons } from './DownloadButtons';
import { openUserFeature } from '../state/userData';

const HEADERS: { column: TableColumn; label: string; numeric?: boolean }[] = [
  { column: 'name', label: 'Name' },
  { column: 'layer', label: 'Layer' },
  { column: 'status', label: 'Status' },
  { column: 'countries', label: 'Countries' },
  { column: 'statedLengthKm', label: 'Stated length (km)', numeric: true },
  { column: 'drawnLengthKm', label: 'Drawn length (km)', numeric: true },
  { column: 'voltageKv', label: 'Voltage (kV)', numeric: true },
  { column: 'capacityMw', label: 'Capacity (MW)', numeric: true },
  { column: 'passages', label: 'Passages', numeric: true },
];

/** Rows listed of each layer of the user's own: a table of 100,000 rows helps no one. */
const USER_ROWS_LIMIT = 500;

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function cell(row: FeatureRow, column: TableColumn): string {
  const value = row[column];
  if (column === 'status') return row.status ? `${STATUS_LABELS[row.status]}${row.statusYear ? ` (${row.statusYear})` : ''}` : '—';
  if (value === null) return '—';
  return typeof value === 'number' ? number.format(value) : value;
}

/** The features the map shows, as a sortable table beside it; two can be compared side by side. */
export function FeatureTable() {
  const open = useAtlas((state) => state.tableOpen);
  const setTableOpen = useAtlas((state) => state.setTableOpen);
  // The features the map draws (filter and layer list applied), as the scene says.
  const scene = useScene();
  const selectedId = useAtlas((state) => state.selectedId);
  const select = useAtlas((state) => state.select);
  const [sort, setSort] = useState<TableSort>({ column: 'name', direction: 'ascending' });
  const [compared, setCompared] = useState<string[]>([]);
  const [inViewOnly, setInViewOnly] = useState(false);
  const frame = useAtlas((state) => (inViewOnly ? state.frame : null));
  const shown = useMemo(
    () =>
      scene.drawn
        .filter((feature) => !frame || showsInFrame(feature, frame.bounds))
        .flatMap((feature) => featureById.get(feature.id) ?? []) as AtlasFeature[],
    [scene.drawn, frame],
  );
  const yours = useMemo(
    () => scene.userLayers.map((layer) => ({ layer, ...userFeatureRows(layer, USER_ROWS_LIMIT, frame?.bounds) })),
    [scene.userLayers, frame],
  );
  const rows = useMemo(
    () => sortRows([...shown.map((feature) => featureRow(feature, citationIndex)), ...yours.flatMap((part) => part.rows)], sort),
    [shown, yours, sort],
  );
  const rowCount = shown.length + yours.reduce((sum, part) => sum + part.total, 0);
  const notListed = yours.filter((part) => part.total > part.rows.length);
  // An atlas feature is selected; one of the user's own opens with its properties, as a click on the map does.
  const openRow = (row: FeatureRow) => (row.yours ? openUserFeature(row.yours) : select(row.id, { focus: true }));
  if (!open) return null;
  const comparedRows = compared.flatMap((id) => rows.find((row) => row.id === id) ?? []);

  return (
    <section className={`feature-table${comparedRows.length === 2 ? ' comparing' : ''}`} aria-label="Table of features" data-covers-map>
      <div className="feature-table-bar">
        <h2>
          {number.format(rowCount)} {rowCount === 1 ? 'feature' : 'features'} {inViewOnly ? 'in view' : 'on the map'}
        </h2>
        <label className="table-scope">
          <input type="checkbox" checked={inViewOnly} onChange={(event) => setInViewOnly(event.target.checked)} />
          Only those in view
        </label>
        <DownloadButtons features={shown} />
        <button type="button" className="feature-table-close" onClick={() => setTableOpen(false)}>
          Close table
        </button>
      </div>
      {notListed.map(({ layer, rows: listed, total }) => (
        <p key={layer.id} className="hint table-limit">
          {layer.name} (your data): the first {number.format(listed.length)} of its {number.format(total)} features are listed.
        </p>
      ))}
      {comparedRows.length === 2 && <Comparison rows={comparedRows} onClose={() => setCompared([])} />}
      <div className="feature-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Compare</span>
              </th>
              {HEADERS.map(({ column, label, numeric }) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : 'none'} className={numeric ? 'numeric' : undefined}>
                  <button type="button" onClick={() => setSort(nextSort(sort, column))}>
                    {label}
                    <span aria-hidden="true">{sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} aria-current={row.id === selectedId} onClick={() => openRow(row)}>
                <td onClick={(event) => event.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={`Compare ${row.name}`}
                    checked={compared.includes(row.id)}
                    onChange={() => setCompared(toggleCompared(compared, row.id))}
                  />
                </td>
                {HEADERS.map(({ column, numeric }) =>
                  column === 'name' ? (
                    <th key={column} scope="row">
                      <button
                        type="button"
                        className="link"
                        onClick={(event) => {
                          event.stopPropagation();
                          openRow(row);
                        }}
                      >
                        {row.name}
                      </button>
                    </th>
                  ) : (
                    <td key={column} className={numeric ? 'numeric' : `column-${column}`}>
                      {cell(row, column)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Comparison({ rows, onClose }: { rows: FeatureRow[]; onClose: () => void }) {
  return (
    <div className="comparison">
      <table>
        <caption>
          Side by side{' '}
          <button type="button" className="link" onClick={onClose}>
            Stop comparing
          </button>
        </caption>
        <thead>
          <tr>
            <td />
            {rows.map((row) => (
              <th key={row.id} scope="col">
                {row.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HEADERS.filter(({ column }) => column !== 'name').map(({ column, label }) => (
            <tr key={column}>
              <th scope="row">{label}</th>
              {rows.map((row) => (
                <td key={row.id}>{cell(row, column)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
