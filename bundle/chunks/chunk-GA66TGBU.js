import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/fleet/emulator/faults.js
import { createGzip } from "node:zlib";
var FAULTS = {
  "list-empty-body": "ListPipelines answers 200 with an empty body",
  "list-empty-object": "ListPipelines answers 200 with {} whatever the stack holds",
  "list-null": 'ListPipelines answers {"pipelines": null}',
  "list-cased-key": 'ListPipelines answers {"Pipelines": [...]}',
  "list-connect-error-200": "ListPipelines answers a Connect error body with status 200",
  "list-not-object": "ListPipelines answers 200 with a JSON list",
  "list-paged": "ListPipelines pages its answer (2 per page) and honours pageToken",
  "list-paged-stuck": "ListPipelines always answers the first page with a nextPageToken",
  "list-duplicate": "ListPipelines lists the first pipeline twice, the copy owned by Grafana",
  "list-future": "ListPipelines uses enum names and numbers from a newer API and adds unknown fields",
  "sync-deletes-extra": "SyncPipelines also deletes one pipeline it was not asked to",
  "readback-unavailable": "every ListPipelines after a SyncPipelines answers 503",
  "sync-no-answer": "SyncPipelines applies the change and never answers",
  redirect: "every request is answered 307 to another address (with credentials and a query in it)",
  "huge-body": "ListPipelines answers an endless body",
  "gzip-bomb": "ListPipelines answers a small gzip body that inflates past any limit",
  "retry-after": "the first two requests are answered 429 with Retry-After: 1",
  "retry-after-long": "every request is answered 503 with Retry-After: 3600",
  "echo-token": "every request is answered 401 with the credentials echoed in every encoding",
  "hostile-message": "every error message carries ANSI escapes, a line break and a GitHub workflow command"
};
function isFaultName(name) {
  return Object.hasOwn(FAULTS, name);
}
function listFault(faults, body, pageToken) {
  const pipelines = body.pipelines ?? [];
  if (faults.has("list-empty-body"))
    return { status: 200, text: "" };
  if (faults.has("list-empty-object"))
    return { status: 200, text: "{}" };
  if (faults.has("list-null"))
    return { status: 200, text: '{"pipelines":null}' };
  if (faults.has("list-cased-key"))
    return { status: 200, text: JSON.stringify({ Pipelines: pipelines }) };
  if (faults.has("list-connect-error-200"))
    return { status: 200, text: JSON.stringify({ code: "unavailable", message: "upstream connect error" }) };
  if (faults.has("list-not-object"))
    return { status: 200, text: JSON.stringify(pipelines) };
  if (faults.has("list-paged") || faults.has("list-paged-stuck")) {
    const start = faults.has("list-paged") && pageToken ? Number(pageToken.replace(/^page-/, "")) : 0;
    const page = { pipelines: pipelines.slice(start, start + 2) };
    if (start + 2 < pipelines.length)
      page.nextPageToken = `page-${start + 2}`;
    return { status: 200, text: JSON.stringify(page) };
  }
  if (faults.has("list-duplicate") && pipelines.length > 0) {
    const copy = { ...pipelines[0], id: "dup-1", source: { type: "SOURCE_TYPE_GRAFANA" } };
    return { status: 200, text: JSON.stringify({ pipelines: [pipelines[0], ...pipelines.slice(1), copy] }) };
  }
  if (faults.has("list-future")) {
    const future = pipelines.map((p) => {
      const out = { ...p, futureField: { nested: true }, revision: "7" };
      const source = p.source;
      if (source?.type === "SOURCE_TYPE_TERRAFORM")
        out.source = { ...source, type: "SOURCE_TYPE_CROSSPLANE" };
      if (source?.type === "SOURCE_TYPE_UNSPECIFIED" || source === void 0)
        out.source = { type: 42 };
      if (p.configType === "CONFIG_TYPE_ALLOY")
        out.configType = 1;
      if (p.configType === "CONFIG_TYPE_OTEL")
        out.configType = "CONFIG_TYPE_OTEL";
      return out;
    });
    return { status: 200, text: JSON.stringify({ pipelines: future, nextFeature: "x" }) };
  }
  if (faults.has("huge-body"))
    return { stream: (res) => streamEndless(res) };
  if (faults.has("gzip-bomb"))
    return { stream: (res) => streamGzipBomb(res) };
  return void 0;
}
function streamEndless(res) {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.write('{"pipelines":[');
  const chunk = Buffer.alloc(1024 * 1024, 32);
  const pump = () => {
    while (!res.destroyed && res.write(chunk))
      ;
    if (!res.destroyed)
      res.once("drain", pump);
  };
  res.on("close", () => res.destroy());
  pump();
}
function streamGzipBomb(res) {
  res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
  const gzip = createGzip({ level: 1 });
  gzip.pipe(res);
  const chunk = Buffer.alloc(1024 * 1024, 32);
  let left = 1024;
  gzip.write('{"pipelines":[');
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      left--;
      if (!gzip.write(chunk))
        return void gzip.once("drain", pump);
    }
    gzip.end("]}");
  };
  res.on("close", () => gzip.destroy());
  pump();
}
function echoCredentials(authorization) {
  const basic = (authorization ?? "").replace(/^Basic\s+/, "");
  const pair = Buffer.from(basic, "base64").toString("utf8");
  const token = pair.slice(pair.indexOf(":") + 1);
  return [
    `invalid credentials: Authorization: ${authorization ?? ""}`,
    `token=${token}`,
    `url=https://example.invalid/login?token=${encodeURIComponent(token)}`,
    `b64=${Buffer.from(token).toString("base64")}`,
    `pair=${basic}`
  ].join("; ");
}
var HOSTILE_MESSAGE = "bad \x1B[31mred\x1B[0m request\n::error file=x::pwned\r\x1B]8;;http://evil\x07link";

export {
  FAULTS,
  isFaultName,
  listFault,
  echoCredentials,
  HOSTILE_MESSAGE
};
