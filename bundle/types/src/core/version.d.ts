/** fleetlint's own version, from package.json (the CLI, SARIF, the API client and the editor report it). */
export declare const version: string;
