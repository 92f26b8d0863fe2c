import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/match/fleet.js
var COLLECTOR_ID_ATTRIBUTE = "collector.ID";
function effectiveAttributes(record) {
  const attributes = { ...record.localAttributes };
  for (const [key, value] of Object.entries(record.remoteAttributes ?? {})) {
    if (key.startsWith("collector.") && Object.hasOwn(attributes, key))
      continue;
    attributes[key] = value;
  }
  if (record.id)
    attributes[COLLECTOR_ID_ATTRIBUTE] = record.id;
  return attributes;
}
function collectorKind(collectorType) {
  return collectorType === "COLLECTOR_TYPE_OTEL" || collectorType === "otel" ? "otel" : "alloy";
}
function collectorFromRecord(record) {
  const collector = {
    attributes: effectiveAttributes(record),
    id: record.id,
    enabled: record.enabled !== false,
    type: collectorKind(record.collectorType)
  };
  if (record.name)
    collector.name = record.name;
  return collector;
}
function collectorFromAttributes(attributes) {
  return { attributes, enabled: true };
}
function runs(collector, configType) {
  return collector.type === void 0 || collector.type === configType;
}
function collectorLabel(collector, index) {
  if (collector.id && collector.name && collector.name !== collector.id)
    return `${collector.name} (${collector.id})`;
  return collector.id ?? collector.name ?? `#${index + 1}`;
}
function collectorKey(collector, index) {
  return collector.id ?? collector.name ?? `#${index + 1}`;
}

export {
  effectiveAttributes,
  collectorFromRecord,
  collectorFromAttributes,
  runs,
  collectorLabel,
  collectorKey
};
