/**
 * The strict policy a partner may serve, as docs/security.md documents it: `lit-html`, `dompurify`
 * and `glossary-json-ld` are the Trusted Types policy names the widgets use.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify glossary-json-ld";
