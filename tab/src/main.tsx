import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { detectHost } from './shell/host';
import { startHash } from './shell/start-route';

const root = createRoot(document.getElementById('root')!);

void detectHost().then((host) => {
  const hash = startHash(host, window.location.hash);
  if (hash !== window.location.hash) window.location.hash = hash;
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
