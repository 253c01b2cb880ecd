/** Closed loopback port: every outbound URL LocalStack might call is pointed here and fails fast. */
const BLACKHOLE = "http://127.0.0.1:9";

/**
 * Environment for a host-mode LocalStack that listens only on loopback and can reach nothing else:
 * no DNS server, no analytics, no certificate or catalog downloads, all HTTP(S) through a dead proxy.
 */
export function localstackEnv(
  port: number,
  dataDir: string,
  base: NodeJS.ProcessEnv,
  services: readonly string[],
): NodeJS.ProcessEnv {
  return {
    ...base,
    GATEWAY_LISTEN: `127.0.0.1:${port}`,
    LOCALSTACK_HOST: `127.0.0.1:${port}`,
    SERVICES: services.join(","),
    EAGER_SERVICE_LOADING: "0",
    DNS_ADDRESS: "0",
    DISABLE_EVENTS: "1",
    SKIP_SSL_CERT_DOWNLOAD: "1",
    SKIP_INFRA_DOWNLOADS: "1",
    API_ENDPOINT: BLACKHOLE,
    ANALYTICS_API: BLACKHOLE,
    HTTP_PROXY: BLACKHOLE,
    HTTPS_PROXY: BLACKHOLE,
    http_proxy: BLACKHOLE,
    https_proxy: BLACKHOLE,
    NO_PROXY: "127.0.0.1,localhost",
    no_proxy: "127.0.0.1,localhost",
    FILESYSTEM_ROOT: dataDir,
    LOCALSTACK_VOLUME_DIR: dataDir,
    TMPDIR: dataDir,
  };
}
