export interface Credentials {
    /** Bare root URL without a trailing slash, e.g. https://fleet-management-prod-001.grafana.net */
    url: string;
    username: string;
    token: string;
}
export interface CredentialSources {
    env: Readonly<Record<string, string | undefined>>;
    /** `--token-file`: read, trailing line break removed. */
    tokenFile?: string;
    /** The target's `url` from the config; wins over the environment. */
    targetUrl?: string;
    readFile?: (path: string) => string;
    /** Told when the token file is readable by group or others. */
    onWarning?: (message: string) => void;
}
/**
 * Reads a token file safely: opened without blocking (a FIFO or device
 * would otherwise hang or stream forever), refused unless it is a regular
 * file of sensible size, and reported when group or others can read it.
 */
export declare function readTokenFile(path: string, onWarning?: (message: string) => void): string;
/** True for 127.0.0.0/8, ::1 and localhost (plain http is allowed only there). */
export declare function isLoopbackHost(hostname: string): boolean;
/**
 * The bare root a Connect client needs: accepts a URL copied from the UI with
 * `/pipeline.v1.PipelineService/` (and a method) on the end, drops trailing
 * slashes, refuses plain http except on loopback, and refuses user info in
 * the URL (credentials belong in the environment).
 */
export declare function normalizeBaseUrl(raw: string): string;
export declare function resolveCredentials(sources: CredentialSources): Credentials;
