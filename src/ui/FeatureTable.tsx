import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { defineMessages, type Message } from '../model/words/message.ts';
import { useAtlas } from '../state/store.ts';
import { citationIndex, featureById } from '../state/atlasData.ts';
import { useScene } from '../state/scene.ts';
import type { AtlasFeature } from '../model/features/feature.ts';
import {
  featureRow,
  nextSort,
  sortRows,
  toggleCompared,
  userFeatureRows,
  type FeatureRow,
  type TableColumn,
  type TableSort,
} from '../model/exports/featureTable.ts';
import { STATUS_LABELS } from '../model/scene/symbology.ts';
import { showsInFrame } from '../model/scene/scene.ts';
import { DownloadButtons } from './DownloadButtons.tsx';
import { openUserFeature } from '../state/userData.ts';
import './FeatureTable.css';

const LABELS = defineMessages({
  name: { id: 'table.name', defaultMessage: 'Name' },
  layer: { id: 'table.layer', defaultMessage: 'Layer' },
  status: { id: 'facet.status', defaultMessage: 'Status' },
  countries: { id: 'feature.countries', defaultMessage: 'Countries' },
  statedLengthKm: { id: 'table.statedLength', defaultMessage: 'Stated length (km)' },
  drawnLengthKm: { id: 'table.drawnLength', defaultMessage: 'Drawn length (km)' },
  voltageKv: { id: 'table.voltage', defaultMessage: 'Voltage (kV)' },
  capacityMw: { id: 'table.capacity', defaultMessage: 'Capacity (MW)' },
  passages: { id: 'feature.passages', defaultMessage: 'Passages' },
});

const HEADERS: { column: TableColumn; label: Message; numeric?: boolean }[] = [
  { column: 'name', label: LABELS.name },
  { column: 'layer', label: LABELS.layer },
  { column: 'status', label: LABELS.status },
  { column: 'countries', label: LABELS.countries },
  { column: 'statedLengthKm', label: LABELS.statedLengthKm, numeric: true },
  { column: 'drawnLengthKm', label: LABELS.drawnLengthKm, numeric: true },
  { column: 'voltageKv', label: LABELS.voltageKv, numeric: true },
  { column: 'capacityMw', label: LABELS.capacityMw, numeric: true },
  { column: 'passages', label: LABELS.passages, numeric: true },
];

/** Cells written as the data and the exports write them (names, layers, countries): English so far. */
const ENGLISH_COLUMNS: ReadonlySet<TableColumn> = new Set(['name', 'layer', 'countries']);

/** Rows listed of each layer of the user's own: a table of 100,000 rows helps no one. */
const USER_ROWS_LIMIT = 500;

function cell(intl: IntlShape, row: FeatureRow, column: TableColumn): string {
  const value = row[column];
  if (column === 'status') return row.status ? `${intl.formatMessage(STATUS_LABELS[row.status])}${row.statusYear ? ` (${row.statusYear})` : ''}` : '—';
  if (value === null) return '—';
  return typeof value === 'number' ? intl.formatNumber(value, { maximumFractionDigits: 0 }) : value;
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
  const intl = useIntl();
  if (!open) return null;
  const comparedRows = compared.flatMap((id) => rows.find((row) => row.id === id) ?? []);

  return (
    <section className={`feature-table${comparedRows.length === 2 ? ' comparing' : ''}`} aria-label={intl.formatMessage({ id: 'table.label', defaultMessage: 'Table of features' })} data-covers-map>
      <div className="feature-table-bar">
        <h2>
          {inViewOnly ? (
            <FormattedMessage id="table.count.inView" defaultMessage="{count, plural, one {# feature} other {# features}} in view" values={{ count: rowCount }} />
          ) : (
            <FormattedMessage id="table.count.onMap" defaultMessage="{count, plural, one {# feature} other {# features}} on the map" values={{ count: rowCount }} />
          )}
        </h2>
        <label className="table-scope">
          <input type="checkbox" checked={inViewOnly} onChange={(event) => setInViewOnly(event.target.checked)} />
          <FormattedMessage id="table.inViewOnly" defaultMessage="Only those in view" />
        </label>
        <DownloadButtons features={shown} />
        <button type="button" className="feature-table-close" onClick={() => setTableOpen(false)}>
          <FormattedMessage id="table.close" defaultMessage="Close table" />
        </button>
      </div>
      {notListed.map(({ layer, rows: listed, total }) => (
        <p key={layer.id} className="hint table-limit">
          <FormattedMessage
            id="table.limit"
            defaultMessage="{layer} (your data): the first {listed, number} of its {total, plural, one {# feature} other {# features}} are listed."
            values={{ layer: layer.name, listed: listed.length, total }}
          />
        </p>
      ))}
      {comparedRows.length === 2 && <Comparison intl={intl} rows={comparedRows} onClose={() => setCompared([])} />}
      <div className="feature-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden" id="compare-label">
                  <FormattedMessage id="table.compare" defaultMessage="Compare" />
                </span>
              </th>
              {HEADERS.map(({ column, label, numeric }) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : 'none'} className={numeric ? 'numeric' : undefined}>
                  <button type="button" onClick={() => setSort(nextSort(sort, column))}>
                    {intl.formatMessage(label)}
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
                    // "Compare" in the interface's language, then the name as the data writes it (English): two labels, each in its language.
                    aria-labelledby={`compare-label name-${row.id}`}
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
                        lang="en"
                        id={`name-${row.id}`}
                        onClick={(event) => {
                          event.stopPropagation();
                          openRow(row);
                        }}
                      >
                        {row.name}
                      </button>
                    </th>
                  ) : (
                    <td key={column} className={numeric ? 'numeric' : `column-${column}`} lang={ENGLISH_COLUMNS.has(column) ? 'en' : undefined}>
                      {cell(intl, row, column)}
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

function Comparison({ intl, rows, onClose }: { intl: IntlShape; rows: FeatureRow[]; onClose: () => void }) {
  return (
    <div className="comparison">
      <table>
        <caption>
          <FormattedMessage id="table.sideBySide" defaultMessage="Side by side" />{' '}
          <button type="button" className="link" onClick={onClose}>
            <FormattedMessage id="table.stopComparing" defaultMessage="Stop comparing" />
          </button>
        </caption>
        <thead>
          <tr>
            <td />
            {rows.map((row) => (
              <th key={row.id} scope="col" lang="en">
                {row.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HEADERS.filter(({ column }) => column !== 'name').map(({ column, label }) => (
            <tr key={column}>
              <th scope="row">{intl.formatMessage(label)}</th>
              {rows.map((row) => (
                <td key={row.id} lang={ENGLISH_COLUMNS.has(column) ? 'en' : undefined}>
                  {cell(intl, row, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
