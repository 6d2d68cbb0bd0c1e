import { useEffect } from 'react';
import { MapView } from './MapView';
import { HoverTooltip } from './HoverTooltip';
import { Notices } from './Notices';
import { SidePanel } from './SidePanel';
import { PickChooser } from './PickChooser';
import { ExportDialog } from './ExportDialog';
import { useAtlas } from '../state/store';
import { dataProblems } from '../state/atlasData';
import type { WebglSupport } from '../map/webgl';

export function App({ webgl }: { webgl: WebglSupport }) {
  useEffect(() => {
    dataProblems.forEach((problem) => useAtlas.getState().notify(problem));
    // Escape closes the innermost thing: the chooser, then the selection.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || (event.target as HTMLElement).closest('input, textarea, select, [role="dialog"][aria-modal]')) return;
      const { pickChoices, offerChoices, selectedId, select } = useAtlas.getState();
      if (pickChoices) offerChoices(null);
      else if (selectedId) select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Corridor Atlas</h1>
        <p className="tagline">South Caucasus and Caspian connectivity projects, tied to the passages that describe them</p>
        <ExportDialog />
      </header>
      <main className="app-main">
        <SidePanel />
        <div className="map-area">
          {webgl.ok ? (
            <>
              <MapView />
              <HoverTooltip />
              <PickChooser />
            </>
          ) : (
            <div className="no-webgl" role="alert">
              <h2>The map cannot be drawn in this browser</h2>
              <p>{webgl.reason}</p>
            </div>
          )}
          <Notices />
        </div>
      </main>
    </div>
  );
}
