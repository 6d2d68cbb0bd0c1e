import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
// The label font ships with the app, subset to the letters the atlas uses (scripts/prepare-fonts.ts).
import './fonts/noto-sans.css';
import './ui/app.css';
import { App } from './ui/App.tsx';
import { detectWebgl } from './map/webgl.ts';
import { startUrlSync } from './state/urlSync.ts';
import { startLanguage } from './state/language.ts';
import { startOfflineCopy } from './state/offlineCopy.ts';
import { useAtlas } from './state/store.ts';

// The link is read before the map is made, so the map opens where the link says.
startUrlSync();
// …and in the language it names: a page in Armenian does not flash English first.
await startLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={detectWebgl()} />
  </StrictMode>,
);

// After the first map is asked for: saving the atlas for offline use waits its turn. An atlas framed
// in another page (the embed code) keeps no copy: the reader there did not ask for one.
if (!useAtlas.getState().embed) startOfflineCopy();
