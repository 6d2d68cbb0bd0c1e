import { useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { useAtlas } from '../state/store.ts';
import { PANELS, type Panel } from '../model/view/viewState.ts';
import { FindPanel } from './FindPanel.tsx';
import { FeaturePanel } from './FeaturePanel.tsx';
import { LazyOpenPassageBar, LazyReaderPanel } from './onDemand.tsx';
import './SidePanel.css';

const TAB_LABEL = defineMessages({
  find: { id: 'panel.tab.find', defaultMessage: 'Find' },
  feature: { id: 'panel.tab.feature', defaultMessage: 'Feature', description: 'Tab: the selected feature (a project or place on the map)' },
  read: { id: 'panel.tab.read', defaultMessage: 'Documents', description: 'Tab: the two source documents, to read' },
}) satisfies Record<Panel, unknown>;

/**
 * The panel beside the map: finding things, the selected feature, and the documents. On a narrow
 * screen it is a sheet under the map that the handle opens and closes; choosing a feature or a
 * passage opens it, so that what was chosen is shown beside the map, not instead of it.
 */
export function SidePanel() {
  const intl = useIntl();
  const panel = useAtlas((state) => state.panel);
  const setPanel = useAtlas((state) => state.setPanel);
  const selectedId = useAtlas((state) => state.selectedId);
  const passage = useAtlas((state) => state.passage);
  const [sheetOpen, setSheetOpen] = useState(() => selectedId !== null || passage !== null);
  const [shownFor, setShownFor] = useState({ selectedId, passage });
  if (shownFor.selectedId !== selectedId || shownFor.passage !== passage) {
    setShownFor({ selectedId, passage });
    if (selectedId || passage) setSheetOpen(true);
  }

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length];
    setPanel(next);
    event.currentTarget.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };

  return (
    <aside className={sheetOpen ? 'side-panel' : 'side-panel sheet-closed'} aria-label={intl.formatMessage({ id: 'panel.label', defaultMessage: 'Atlas panel' })}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={sheetOpen}
        aria-controls={`tabpanel-${panel}`}
        onClick={() => setSheetOpen(!sheetOpen)}
      >
        <span className="sheet-grip" aria-hidden="true" />
        {sheetOpen
          ? intl.formatMessage({ id: 'panel.hide', defaultMessage: 'Hide panel' })
          : intl.formatMessage({ id: 'panel.show', defaultMessage: 'Show panel' })}
      </button>
      <div className="tabs"  role="tablist" aria-label={intl.formatMessage({ id: 'panel.tabs', defaultMessage: 'Panel' })} onKeyDown={onTabKey}>
        {PANELS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={panel === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={panel === id ? 0 : -1}
            onClick={() => {
              setPanel(id);
              setSheetOpen(true);
            }}
          >
            {intl.formatMessage(TAB_LABEL[id])}
          </button>
        ))}
      </div>
      <div className="tab-panel" id={`tabpanel-${panel}`} role="tabpanel" aria-labelledby={`tab-${panel}`}>
        {panel === 'find' && <FindPanel />}
        {panel === 'feature' && <FeaturePanel />}
        {panel === 'read' && (
          <LazyReaderPanel />
        )}
      </div>
      {panel === 'read' && <LazyOpenPassageBar />}
    </aside>
  );
}
