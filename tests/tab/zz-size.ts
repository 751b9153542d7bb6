import { build, type Plugin } from 'vite';
import { join } from 'node:path';
const TAB_ROOT = '/work/wt/contracts/tab';
const collect: Plugin = {
  name: 'c',
  generateBundle(_o, bundle) {
    for (const out of Object.values(bundle)) if (out.type === 'chunk' && (out.isEntry || out.fileName.includes('api-client')|| out.fileName.includes('rolldown'))) {
      console.log(out.fileName, Object.keys(out.modules).filter(id => id.includes('/tab/src') || id.includes('/domain/src')).map(id => id.replace('/work/wt/contracts/', '')).join('\n  '));
    }
  },
};
await build({ root: TAB_ROOT, configFile: join(TAB_ROOT, 'vite.config.ts'), logLevel: 'silent', plugins: [collect], define: { 'process.env.NODE_ENV': '"production"' }, build: { write: false, sourcemap: false } });
