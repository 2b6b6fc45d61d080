/**
 * The page's Content Security Policy, served by `vite preview` as a header and written into
 * index.html's meta tag at build time (`frame-ancestors` only works as a header).
 * `connect-src *` because a direct send must reach any store or base URL the user names.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src * data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
