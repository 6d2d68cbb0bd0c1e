import { useEffect } from 'react';
import { MapView } from './MapView';
import { HoverTooltip } from './HoverTooltip';
import { Notices } from './Notices';
import { useAtlas } from '../state/store';
import { dataset } from '../state/dataset';
import type { WebglSupport } from '../map/webgl';

export function App({ webgl }: { webgl: WebglSupport }) {
  useEffect(() => {
    dataset.problems.forEach((problem) => useAtlas.getState().notify(problem));
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Corridor Atlas</h1>
        <p className="tagline">South Caucasus and Caspian connectivity projects, tied to the passages that describe them</p>
      </header>
      <main className="app-main">
        {webgl.ok ? (
          <>
            <MapView />
            <HoverTooltip />
          </>
        ) : (
          <div className="no-webgl" role="alert">
            <h2>The map cannot be drawn in this browser</h2>
            <p>{webgl.reason}</p>
          </div>
        )}
        <Notices />
      </main>
    </div>
  );
}
