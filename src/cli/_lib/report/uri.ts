/**
 * A file name as a SARIF `artifactLocation.uri`: a relative URI reference
 * (RFC 3986), each path segment percent-encoded as UTF-8, so that spaces, CJK
 * characters, `:` and `%` survive (SARIF §3.10.2; the schema's `uri-reference`).
 * Backslashes are path separators; a leading `./` is dropped.
 */
export function artifactUri(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
