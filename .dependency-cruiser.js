/**
 * Import rules for the server, checked by `npm run lint`: no import cycles. A cycle means two modules
 * cannot be read (or loaded) one without the other; shared vocabulary belongs in a neutral module.
 */
import { fileURLToPath } from 'node:url';

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Move what both sides need into a neutral module that imports neither.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: fileURLToPath(new URL('./server/tsconfig.json', import.meta.url)) },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
