import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/template.js
function fillTemplate(template, data) {
  if (!data)
    return template;
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, key) => Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole);
}

export {
  fillTemplate
};
