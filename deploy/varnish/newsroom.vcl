# Varnish 7.1 (Debian's `varnish`) in front of several Newsroom web processes,
# with varnish-modules' xkey (Debian's `varnish-modules`) to purge by tag.
#
# What is cached: what the app marks as shareable (Cache-Control `s-maxage` or
# `public`, or Surrogate-Control `max-age`; never `private`, `no-store`,
# `no-cache` or a Set-Cookie), for as long as it says. Each page names its
# cache tags in `Surrogate-Key`; they become xkey's index, and a write purges
# them (lib/delivery/cdn-purge.ts sends `PURGE` with `xkey-purge: <tag> <tag> ...`).
# What has no tags is kept 10 seconds at most, unless it is immutable.
# Never cached: the newsroom (/admin), /api, anything but GET and HEAD
# (server actions), Next.js's client navigations (RSC requests), and anyone
# signed in.
#
# The site's own part (backends, their health probe, who may purge) is in
# newsroom-backends.vcl, found on varnishd's vcl_path (/etc/varnish by
# default): copy both files there, and edit that one.
vcl 4.1;

import directors;
import std;
import xkey;

# This machine may always purge; newsroom-backends.vcl names the others (acl newsroom_purgers).
acl newsroom_localhost {
    "localhost";
    "127.0.0.1";
    "::1";
}

include "newsroom-backends.vcl";

sub vcl_recv {
    set req.backend_hint = newsroom.backend();
    # Set by this VCL on a restart (vcl_hit), never by a client.
    if (req.restarts == 0) {
        unset req.http.X-Newsroom-Refresh;
    }

    if (req.method == "PURGE") {
        call newsroom_purge;
    }

    # Lowercases the Host and refuses HTTP/1.1 without one (Varnish's built-in rule).
    call vcl_req_host;

    # Server actions are POSTs (with a Next-Action header); nothing but GET and HEAD is cached.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api)([/?]|$)" || req.http.Next-Action || req.http.Authorization) {
        return (pass);
    }
    # Next.js's client navigations ask for the page's server-components payload,
    # not its HTML, under the same address.
    if (req.http.RSC || req.http.Next-Router-State-Tree || req.http.Next-Router-Prefetch ||
        req.http.Next-Router-Segment-Prefetch || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    # Signed-in staff (better-auth's session cookie, lib/people/auth.ts; "__Secure-" on https).
    if (req.http.Cookie ~ "(^|;)\s*(__Secure-)?better-auth[.-]session_token=") {
        return (pass);
    }
    # Readers' other cookies (analytics, consent) change nothing the site sends them.
    unset req.http.Cookie;

    # One copy per encoding Varnish stores: gzip, or none (it gunzips for clients without gzip).
    if (req.http.Accept-Encoding ~ "(?i)\bgzip\b") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    # A stale copy was past the app's stale-while-revalidate (vcl_hit): wait for a fresh one.
    if (req.http.X-Newsroom-Refresh) {
        set req.grace = 0s;
    }
    return (hash);
}

# PURGE with `xkey-purge: <tag> <tag> ...` removes every object carrying any
# of those tags, at once: the next reader waits for a fresh render (one
# render: Varnish makes the others wait for it). This is a hard purge on
# purpose: after an unpublish or a correction, no reader may be served the old
# copy again, not even once while a fresh one is fetched, which is what a soft
# purge would do. `xkey-softpurge` is there for tags where that is acceptable.
# `xkey-purge: *` invalidates everything (a ban).
sub newsroom_purge {
    if (client.ip !~ newsroom_localhost && client.ip !~ newsroom_purgers) {
        return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge == "*") {
        # Everything (a process that lost touch with the others for long, lib/delivery/cache-invalidation.ts).
        if (std.ban("obj.status != 0")) {
            return (synth(200, "Invalidated everything"));
        }
        return (synth(500, std.ban_error()));
    } elsif (req.http.xkey-purge) {
        set req.http.X-Newsroom-Purged = xkey.purge(req.http.xkey-purge);
    } elsif (req.http.xkey-softpurge) {
        set req.http.X-Newsroom-Purged = xkey.softpurge(req.http.xkey-softpurge);
    } else {
        return (synth(400, "Name the tags in an xkey-purge header"));
    }
    return (synth(200, "Invalidated " + req.http.X-Newsroom-Purged + " objects"));
}

sub vcl_hit {
    # Past its s-maxage, a copy is kept for long (grace, below) in case every
    # backend goes down. While one is up, it is served only within the app's
    # stale-while-revalidate (a fresh one is fetched in the background);
    # beyond that, this reader waits for a fresh one.
    if (obj.ttl <= 0s && std.healthy(req.backend_hint) &&
        obj.ttl + std.duration(obj.http.X-Newsroom-Stale-While-Revalidate, 0s) <= 0s) {
        set req.http.X-Newsroom-Refresh = "1";
        return (restart);
    }
}

sub vcl_backend_fetch {
    # No backend request is ever sent with a refresh marker.
    unset bereq.http.X-Newsroom-Refresh;
}

sub vcl_backend_response {
    # A process that is stopping answers 503: the next one gets the request.
    if (beresp.status == 503 && bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # A refresh in the background that fails keeps the copy readers have.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }

    # Surrogate-Control is the app's word to shared caches alone; browsers
    # follow Cache-Control (a search: kept here a minute, by browsers not at all).
    if (beresp.http.Surrogate-Control ~ "(?i)\bno-store\b") {
        call newsroom_do_not_store;
    } elsif (beresp.http.Surrogate-Control ~ "(?i)\bmax-age=[0-9]+") {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "(?i)^.*\bmax-age=([0-9]+).*$", "\1s"), 0s);
    } elsif (beresp.http.Cache-Control !~ "(?i)\b(s-maxage|public)\b" ||
             beresp.http.Cache-Control ~ "(?i)\b(private|no-store|no-cache)\b") {
        call newsroom_do_not_store;
    }
    # Set-Cookie, Vary: *, a lifetime of 0 or a status that is never cached (Varnish's built-in rules).
    call vcl_beresp_cookie;
    call vcl_beresp_vary;
    call vcl_beresp_stale;
    if (beresp.uncacheable) {
        return (deliver);
    }

    # Indexed under each of the page's tags, for PURGE by tag. Nothing can
    # purge a response without tags: it is kept a few seconds only, unless it
    # never changes (the build's files and uploads are immutable).
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    } elsif (beresp.http.Cache-Control !~ "(?i)\bimmutable\b" && beresp.ttl > 10s) {
        set beresp.ttl = 10s;
    }
    # Compress text the backend sent uncompressed (plain `next start` does not compress).
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "(?i)^(text/|application/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    # Varnish read stale-while-revalidate into beresp.grace (default_grace
    # when there is none, which the app did not ask for); vcl_hit honours it
    # while a backend is up, and the long grace serves readers when none is.
    if (beresp.http.Cache-Control ~ "(?i)\bstale-while-revalidate=[0-9]+" && !beresp.http.Surrogate-Control) {
        set beresp.http.X-Newsroom-Stale-While-Revalidate = beresp.grace + "s";
    } else {
        set beresp.http.X-Newsroom-Stale-While-Revalidate = "0s";
    }
    set beresp.grace = 24h;
    return (deliver);
}

# Not stored; the next request for it goes to a backend at once (hit-for-miss),
# and is stored if that answer may be.
sub newsroom_do_not_store {
    set beresp.ttl = 120s;
    set beresp.uncacheable = true;
    return (deliver);
}

sub vcl_backend_error {
    # A backend that refused the connection: try the next one, once.
    if (bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # No backend for a refresh in the background: readers keep the copy they have.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0 && obj.ttl <= 0s) {
        # Past its s-maxage: a fresh copy is on its way (stale-while-revalidate, or every backend down).
        set resp.http.X-Cache = "STALE";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Tags and the app's word to shared caches are for caches, not browsers.
    unset resp.http.Surrogate-Key;
    unset resp.http.xkey;
    unset resp.http.Surrogate-Control;
    unset resp.http.X-Newsroom-Stale-While-Revalidate;
}
