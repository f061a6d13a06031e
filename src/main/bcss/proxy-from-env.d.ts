// proxy-from-env ships no types: its one function, as its README documents it.
declare module 'proxy-from-env' {
  /** The proxy URL that HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY give for `url`; '' for none. */
  export function getProxyForUrl(url: string | URL): string;
}
