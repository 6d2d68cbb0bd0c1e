import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
// The label font ships with the app: Latin and Latin Extended (ə, ş, ğ, ı, ț), no network needed.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import '@fontsource/noto-sans/latin-ext-400-italic.css';
import './ui/app.css';
import { App } from './ui/App';
import { detectWebgl } from './map/webgl';
import { startUrlSync } from './state/urlSync';

// The link is read before the map is made, so the map opens where the link says.
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={detectWebgl()} />
  </StrictMode>,
);
