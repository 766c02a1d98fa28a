// A module resolve hook for generate-contract.mjs: openapi-typescript's `typescript` is the
// `typescript-5` alias (the compiler API it needs), every other import resolves as usual.
export async function resolve(specifier, context, next) {
  const fromGenerator = context.parentURL?.includes('/node_modules/openapi-typescript/') ?? false;
  return next(specifier === 'typescript' && fromGenerator ? 'typescript-5' : specifier, context);
}
