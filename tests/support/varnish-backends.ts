/**
 * The site's part of deploy/varnish/newsroom.vcl (newsroom-backends.vcl) for
 * a test or benchmark run: its web processes on these local ports, each
 * checked on /readyz every second, taken in turn.
 */
export const varnishBackendsVcl = (ports: number[]) => `
probe newsroom_ready {
    .url = "/readyz";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}
${ports
  .map(
    (port) => `
backend newsroom_${port} {
    .host = "127.0.0.1";
    .port = "${port}";
    .probe = newsroom_ready;
    .first_byte_timeout = 30s;
}`,
  )
  .join("\n")}

sub vcl_init {
    new newsroom = directors.round_robin();
${ports.map((port) => `    newsroom.add_backend(newsroom_${port});`).join("\n")}
}

acl newsroom_purgers {
}
`;
