import type { KeyboardEvent } from 'react';
import { useAtlas } from '../state/store';
import { PANELS, type Panel } from '../model/viewState';
import { FindPanel } from './FindPanel';
import { FeaturePanel } from './FeaturePanel';
import { OpenPassageBar, ReaderPanel } from './ReaderPanel';

const TAB_LABEL: Record<Panel, string> = { find: 'Find', feature: 'Feature', read: 'Documents' };

/** The panel beside the map: finding things, the selected feature, and the documents. */
export function SidePanel() {
  const panel = useAtlas((state) => state.panel);
  const setPanel = useAtlas((state) => state.setPanel);

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length];
    setPanel(next);
    event.currentTarget.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };

  return (
    <aside className="side-panel" aria-label="Atlas panel">
      <div className="tabs" role="tablist" aria-label="Panel" onKeyDown={onTabKey}>
        {PANELS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={panel === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={panel === id ? 0 : -1}
            onClick={() => setPanel(id)}
          >
            {TAB_LABEL[id]}
          </button>
        ))}
      </div>
      <div className="tab-panel" id={`tabpanel-${panel}`} role="tabpanel" aria-labelledby={`tab-${panel}`}>
        {panel === 'find' && <FindPanel />}
        {panel === 'feature' && <FeaturePanel />}
        {panel === 'read' && <ReaderPanel />}
      </div>
      {panel === 'read' && <OpenPassageBar />}
    </aside>
  );
}
