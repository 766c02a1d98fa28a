declare const __APP_VERSION__: string | undefined;

/** This build's version (package.json), sent as `X-App-Version` and shown on the status screen. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
