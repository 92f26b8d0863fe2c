import pkg from "../../package.json" with { type: "json" };

/** fleetlint's own version, from package.json (the CLI, SARIF, the API client and the editor report it). */
export const version: string = pkg.version;
