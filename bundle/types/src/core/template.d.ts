/**
 * Fills `{{name}}` placeholders from report data, as ESLint does. The one
 * filler for rule messages, help text and Alloy findings.
 */
export declare function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string;
