/**
 * The component tests once more against Lit's development build (the `development` export condition),
 * which checks what the production build trusts: an update scheduled after an update, class fields
 * that shadow reactive properties, and the like. Lit reports these as console warnings linking to
 * lit.dev/msg/; usePageState() in test/helpers.ts fails the test that caused one. The "dev mode"
 * notice itself is expected here and silenced.
 */
import config from './web-test-runner.config.js';

export default {
  ...config,
  files: ['test/elements/**/*.test.ts', 'test/security/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // The development build checks as it goes and runs slower: the hostile-data test opening 115 entries
  // of every kind needs more than the production pass's 10 s on a busy machine.
  testFramework: { config: { ...config.testFramework.config, timeout: 30000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
