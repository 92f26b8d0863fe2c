/** Names looked for in each folder, first match wins. */
export declare const CONFIG_FILE_NAMES: readonly ["fleetlint.config.yaml", "fleetlint.config.yml", "fleetlint.config.json", ".fleetlintrc.yaml", ".fleetlintrc.yml", ".fleetlintrc.json", "package.json"];
export declare function findConfigFile(cwd: string): string | undefined;
