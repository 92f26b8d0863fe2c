/**
 * The documents the extension hands to the server. Alloy files by language
 * id — `grafana-alloy` from Grafana's Alloy extension, `alloy` from other
 * setups — and by file pattern, so they are served even when no extension
 * gives them a language; pipeline definitions as YAML.
 */
export const DOCUMENT_SELECTOR = [
  { language: "grafana-alloy" },
  { language: "alloy" },
  { scheme: "file", pattern: "**/*.alloy" },
  { language: "yaml", scheme: "file" },
] as const;

