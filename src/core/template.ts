/**
 * Fills `{{name}}` placeholders from report data, as ESLint does. The one
 * filler for rule messages, help text and Alloy findings.
 */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  // An unknown placeholder stays as written, so a missing datum is visible.
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}
