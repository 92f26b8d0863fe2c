import { describe, expect, it } from "vitest";
import data from "../../data/alloy-components.json" with { type: "json" };
import { componentCatalog } from "../../src/alloy-semantics/catalog.js";

describe("component catalog", () => {
  it("records the Alloy commit it was generated from and has unique, sorted names", () => {
    expect(data.alloy.ref).toMatch(/^[0-9a-f]{40}$/);
    const names = data.components.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it("knows stability, community and removed components", () => {
    const catalog = componentCatalog();
    expect(catalog.get("prometheus.scrape")).toEqual({ name: "prometheus.scrape", stability: "generally-available" });
    expect(catalog.get("otelcol.exporter.debug")?.stability).toBe("experimental");
    expect(catalog.get("loki.secretfilter")?.stability).toBe("public-preview");
    expect(catalog.get("otelcol.exporter.datadog")?.community).toBe(true);
    expect(catalog.get("otelcol.receiver.opencensus")?.removed).toBe(true);
    expect(catalog.get("prometheus.scrap")).toBeUndefined();
  });

  it("suggests close names only, never removed ones", () => {
    const catalog = componentCatalog();
    expect(catalog.suggest("prometheus.scrap")).toBe("prometheus.scrape");
    expect(catalog.suggest("loki.sorce.file")).toBe("loki.source.file");
    expect(catalog.suggest("otelcol.receiver.opencensu")).not.toBe("otelcol.receiver.opencensus");
    expect(catalog.suggest("zzz")).toBeUndefined();
  });
});
