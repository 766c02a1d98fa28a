// Generates src/contract/openapi.ts, the TypeScript types of every request and response, from the
// repository's openapi.yaml; `npm run check-types` runs it first, so a contract change the client
// does not follow fails the type check (issue 12, "One contract").
//   cd frontend && node scripts/generate-contract.mjs
import { register } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';

// openapi-typescript prints with the TypeScript 5 compiler API, which the native TypeScript 7 the
// project type-checks with does not have: its `typescript` import is sent to the `typescript-5` alias.
register('./typescript-5-hook.mjs', import.meta.url);
const { default: openapiTS, astToString } = await import('openapi-typescript');

const source = new URL('../../openapi.yaml', import.meta.url);
const target = new URL('../src/contract/openapi.ts', import.meta.url);
const ast = await openapiTS(source, { exportType: false });
const banner =
  '// Generated from openapi.yaml by scripts/generate-contract.mjs; do not edit (npm run check-types regenerates it).\n';
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, banner + astToString(ast));
