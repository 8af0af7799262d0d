/**
 * Import rules for the server, checked by `npm run lint`: no import cycles. A cycle means two modules
 * cannot be read (or loaded) one without the other; shared vocabulary belongs in a neutral module.
 * Infrastructure stays below the features: the modules register what it needs (entities, the audit
 * recorder, the first-run seed) at the composition root (`app.ts`, `services.ts`, `entities.ts`).
 * The board kernel and the realtime hub import no feature module: they know boards only through the
 * declarations the app registers (`server/src/live-boards.ts`).
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
    {
      name: 'infrastructure-imports-no-feature',
      severity: 'error',
      comment: 'db/, boards/, events/ and shared/ serve every module: let the module hand over what they need instead.',
      from: { path: '^(server/src/(db|boards|events)|shared/src)/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'kernel-imports-no-feature',
      severity: 'error',
      comment:
        'server/src/boards and server/src/realtime work from board declarations: take what a board needs as a declaration field or a parameter, and register the board in server/src/live-boards.ts.',
      from: { path: '^server/src/(boards|realtime)/' },
      to: { path: '^server/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: fileURLToPath(new URL('./server/tsconfig.json', import.meta.url)) },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
