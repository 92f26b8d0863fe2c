import { describe, expect, it } from "vitest";
import { isLoopbackHost, normalizeBaseUrl, resolveCredentials } from "../../src/fleet/credentials.js";
import { CredentialsError } from "../../src/fleet/errors.js";

describe("normalizeBaseUrl", () => {
  it.each([
    ["https://fleet-management-prod-001.grafana.net", "https://fleet-management-prod-001.grafana.net"],
    ["https://fleet-management-prod-001.grafana.net/", "https://fleet-management-prod-001.grafana.net"],
    ["https://fleet-management-prod-001.grafana.net/pipeline.v1.PipelineService/", "https://fleet-management-prod-001.grafana.net"],
    ["https://fleet-management-prod-001.grafana.net/pipeline.v1.PipelineService", "https://fleet-management-prod-001.grafana.net"],
    ["https://fleet-management-prod-001.grafana.net/pipeline.v1.PipelineService/ListPipelines", "https://fleet-management-prod-001.grafana.net"],
    ["  https://fm.example.com/proxy/collector.v1.CollectorService//  ", "https://fm.example.com/proxy"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["http://127.10.0.1:8080", "http://127.10.0.1:8080"],
    ["http://localhost:1234", "http://localhost:1234"],
    ["http://[::1]:1234/", "http://[::1]:1234"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it("refuses plain http to a non-loopback host", () => {
    expect(() => normalizeBaseUrl("http://fleet-management-prod-001.grafana.net")).toThrow(/Disallowed plain http/);
    expect(() => normalizeBaseUrl("http://128.0.0.1")).toThrow(CredentialsError);
  });

  it("refuses credentials in the URL without echoing them", () => {
    let message = "";
    try {
      normalizeBaseUrl("https://user:s3cr3t@fm.example.com");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must not contain credentials/);
    expect(message).not.toContain("s3cr3t");
  });

  it("refuses other schemes and non-URLs", () => {
    expect(() => normalizeBaseUrl("ftp://x")).toThrow(/expected https/);
    expect(() => normalizeBaseUrl("fleet.example.com")).toThrow(/not an absolute URL/);
  });

  it("recognises loopback hosts", () => {
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
    expect(isLoopbackHost("10.0.0.1")).toBe(false);
    expect(isLoopbackHost("localhost.example.com")).toBe(false);
  });
});

describe("resolveCredentials", () => {
  const base = { FLEET_MANAGEMENT_URL: "https://a.example.com", FLEET_MANAGEMENT_USERNAME: "123", FLEET_MANAGEMENT_TOKEN: "tok" };

  it("reads the FLEET_MANAGEMENT_* variables", () => {
    expect(resolveCredentials({ env: base })).toEqual({ url: "https://a.example.com", username: "123", token: "tok" });
  });

  it("falls back to the Terraform provider's variables", () => {
    const env = { GRAFANA_FLEET_MANAGEMENT_URL: "https://b.example.com/", GRAFANA_FLEET_MANAGEMENT_AUTH: "456:glc_x:y" };
    expect(resolveCredentials({ env })).toEqual({ url: "https://b.example.com", username: "456", token: "glc_x:y" });
  });

  it("lets the target url win over the environment", () => {
    expect(resolveCredentials({ env: base, targetUrl: "https://c.example.com/pipeline.v1.PipelineService/" }).url).toBe("https://c.example.com");
  });

  it("reads --token-file, trailing newline removed, over the environment", () => {
    const creds = resolveCredentials({ env: base, tokenFile: "/t", readFile: () => "from-file\n" });
    expect(creds.token).toBe("from-file");
  });

  it("says what is missing and never shows the token", () => {
    expect(() => resolveCredentials({ env: {} })).toThrow(/Missing Fleet Management URL/);
    expect(() => resolveCredentials({ env: { FLEET_MANAGEMENT_URL: "https://a" } })).toThrow(/Missing Fleet Management username/);
    expect(() => resolveCredentials({ env: { FLEET_MANAGEMENT_URL: "https://a", FLEET_MANAGEMENT_USERNAME: "1" } })).toThrow(/Missing Fleet Management token/);
    expect(() => resolveCredentials({ env: { ...base, GRAFANA_FLEET_MANAGEMENT_AUTH: "secretonly" } })).toThrow(/user:token/);
    let message = "";
    try {
      resolveCredentials({ env: { ...base, GRAFANA_FLEET_MANAGEMENT_AUTH: "secretonly" } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain("secretonly");
    expect(() =>
      resolveCredentials({
        env: base,
        tokenFile: "/missing",
        readFile: () => {
          throw Object.assign(new Error("nope"), { code: "ENOENT" });
        },
      }),
    ).toThrow(/Cannot read --token-file \/missing \(ENOENT\)/);
  });
});
