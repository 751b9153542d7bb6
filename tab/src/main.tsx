import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { detectHost } from './shell/host';

const root = createRoot(document.getElementById('root')!);
const START_PAGE = { config: '#/config', personal: '#/my', channel: '#/leads', browser: '#/leads' };

void detectHost().then((host) => {
  if (!window.location.hash) window.location.hash = START_PAGE[host.frame];
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
