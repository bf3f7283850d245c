// Node module hook: resolve `electron` to the recording stub.
import { register } from 'node:module';

const stubUrl = new URL('./electronStub.mjs', import.meta.url).href;
register(
  `data:text/javascript,export async function resolve(s, c, n) { if (s === 'electron') return { url: ${JSON.stringify(stubUrl)}, shortCircuit: true }; return n(s, c); }`,
  import.meta.url,
);
