import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/fleet/compare.js
import { isDeepStrictEqual } from "node:util";
function effectiveConfigType(configType) {
  return configType === "CONFIG_TYPE_OTEL" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY";
}
function trimTrailingNewlines(text) {
  return text.replace(/(?:\r?\n)+$/, "");
}
function sameContents(languages, configType, a, b) {
  if (a === b)
    return true;
  if (effectiveConfigType(configType) === "CONFIG_TYPE_OTEL") {
    const left = languages.yamlValue(a);
    const right = languages.yamlValue(b);
    if (left && right)
      return isDeepStrictEqual(left.value, right.value);
  } else {
    const left = languages.canonicalAlloy(a);
    const right = left === void 0 ? void 0 : languages.canonicalAlloy(b);
    if (left !== void 0 && right !== void 0)
      return left === right;
  }
  return trimTrailingNewlines(a) === trimTrailingNewlines(b);
}
function canonicalMatcherSet(languages, matchers) {
  const set = /* @__PURE__ */ new Set();
  for (const text of matchers) {
    const parsed = languages.parseMatcher(text);
    set.add("canonical" in parsed ? parsed.canonical : text.trim());
  }
  return [...set].sort();
}
function sameMetadata(a, b) {
  return isDeepStrictEqual(a ?? {}, b ?? {});
}
function changedFields(languages, desired, remote) {
  const fields = [];
  const desiredType = effectiveConfigType(desired.configType);
  if (!sameContents(languages, desiredType, desired.contents, remote.contents))
    fields.push("contents");
  if (!isDeepStrictEqual(canonicalMatcherSet(languages, desired.matchers), canonicalMatcherSet(languages, remote.matchers))) {
    fields.push("matchers");
  }
  if ((desired.enabled ?? false) !== (remote.enabled ?? false))
    fields.push("enabled");
  if (desiredType !== effectiveConfigType(remote.configType))
    fields.push("config_type");
  if (!sameMetadata(desired.metadata, remote.metadata))
    fields.push("metadata");
  return fields;
}

export {
  canonicalMatcherSet,
  changedFields
};
