# The site's part of newsroom.vcl, which includes this file: the web
# processes (deploy/systemd/newsroom@.service, one per port), how Varnish
# checks them, and who else may purge.

# A process is sent readers while GET /readyz answers 200: its database
# answers, and it is not stopping.
probe newsroom_ready {
    .url = "/readyz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend newsroom_3001 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = newsroom_ready;
    .connect_timeout = 1s;
    # A render waits its turn in the process (MAX_RENDERS) before its first byte.
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

backend newsroom_3002 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = newsroom_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

sub vcl_init {
    new newsroom = directors.round_robin();
    newsroom.add_backend(newsroom_3001);
    newsroom.add_backend(newsroom_3002);
}

# Who may PURGE besides this machine: the web processes' hosts when they run
# elsewhere (they send the purges, lib/delivery/cdn-purge.ts). For example "10.0.0.0"/24;
acl newsroom_purgers {
}
