/**
 * Which curl options take an argument, so that an option's value is never mistaken for the URL.
 * From curl's manual (curl 8); curl has no `--name=value` form, every value is the next word.
 */
const longWithArgument = new Set(
  [
    "abstract-unix-socket", "alt-svc", "aws-sigv4", "cacert", "capath", "cert", "cert-type", "ciphers", "config",
    "connect-timeout", "connect-to", "continue-at", "cookie", "cookie-jar", "create-file-mode", "crlfile", "curves",
    "data", "data-ascii", "data-binary", "data-raw", "data-urlencode", "delegation", "dns-interface", "dns-ipv4-addr",
    "dns-ipv6-addr", "dns-servers", "doh-url", "dump-header", "ech", "egd-file", "engine", "etag-compare", "etag-save",
    "expect100-timeout", "form", "form-string", "ftp-account", "ftp-alternative-to-user", "ftp-method", "ftp-port",
    "ftp-ssl-ccc-mode", "happy-eyeballs-timeout-ms", "haproxy-clientip", "header", "hostpubmd5", "hostpubsha256", "hsts",
    "interface", "ip-tos", "ipfs-gateway", "json", "keepalive-cnt", "keepalive-time", "key", "key-type", "krb", "libcurl",
    "limit-rate", "local-port", "login-options", "mail-auth", "mail-from", "mail-rcpt", "max-filesize", "max-redirs",
    "max-time", "netrc-file", "noproxy", "oauth2-bearer", "output", "output-dir", "parallel-max", "pass", "pinnedpubkey",
    "preproxy", "proto", "proto-default", "proto-redir", "proxy", "proxy-cacert", "proxy-capath", "proxy-cert",
    "proxy-cert-type", "proxy-ciphers", "proxy-crlfile", "proxy-header", "proxy-key", "proxy-key-type", "proxy-pass",
    "proxy-pinnedpubkey", "proxy-service-name", "proxy-tls13-ciphers", "proxy-tlsauthtype", "proxy-tlspassword",
    "proxy-tlsuser", "proxy-user", "proxy1.0", "pubkey", "quote", "random-file", "range", "rate", "referer", "request",
    "request-target", "resolve", "retry", "retry-delay", "retry-max-time", "sasl-authzid", "service-name", "socks4",
    "socks4a", "socks5", "socks5-gssapi-service", "socks5-hostname", "speed-limit", "speed-time", "stderr",
    "telnet-option", "tftp-blksize", "time-cond", "tls-max", "tls13-ciphers", "tlsauthtype", "tlspassword", "tlsuser",
    "trace", "trace-ascii", "trace-config", "unix-socket", "upload-file", "url", "url-query", "user", "user-agent",
    "variable", "vlan-priority", "write-out",
  ].map((name) => `--${name}`),
);

/** Short options and the long option each stands for. */
const shortOptions: Readonly<Record<string, string>> = {
  A: "--user-agent", b: "--cookie", c: "--cookie-jar", C: "--continue-at", d: "--data", D: "--dump-header",
  E: "--cert", e: "--referer", F: "--form", G: "--get", H: "--header", I: "--head", i: "--include", K: "--config",
  k: "--insecure", L: "--location", m: "--max-time", o: "--output", O: "--remote-name", P: "--ftp-port",
  Q: "--quote", r: "--range", s: "--silent", S: "--show-error", T: "--upload-file", t: "--telnet-option",
  u: "--user", U: "--proxy-user", v: "--verbose", w: "--write-out", X: "--request", x: "--proxy",
  y: "--speed-time", Y: "--speed-limit", z: "--time-cond",
};

/** Whether the long option takes the next word as its value. `--expand-X` (curl ≥ 8.3) is X with variables. */
export function takesArgument(longName: string): boolean {
  return longWithArgument.has(longName.replace(/^--expand-/, "--"));
}

/** The long name of a short option letter, or `-x` itself when unknown. */
export function longNameOf(letter: string): string {
  return shortOptions[letter] ?? `-${letter}`;
}
