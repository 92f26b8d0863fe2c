/** The Alloy both editor suites open: a pipeline reading another pipeline's export, and that export. */

export const METRICS = `prometheus.exporter.self "default" { }

prometheus.scrape "self" {
\ttargets    = prometheus.exporter.self.default.targets
\tforward_to = [prometheus.remote_write.default.receiver]
\tjob_name   = sys.env("JOB")
}

prometheus.remote_write "default" {
\tendpoint {
\t\turl = argument.pipeline_exports.value["shared"]["url"]
\t}
}
`;

export const SHARED = `export "url" {
\tvalue = "https://prometheus.example/api/v1/push"
}
`;
