/**
 * Every form in which a server, a proxy or a URL can echo the token back
 * (issue #11): raw, URL-encoded (either hex case, `+` for spaces), JSON
 * string escapes, base64 and base64url of the token alone, and of the
 * `user:token` pair that Basic auth sends. `scrub` removes them all.
 */

function base64Forms(text: string): string[] {
  const b64 = Buffer.from(text).toString("base64");
  const url = Buffer.from(text).toString("base64url");
  return [b64, b64.replace(/=+$/, ""), url];
}

export function secretForms(username: string, token: string): string[] {
  const encoded = encodeURIComponent(token);
  const forms = [
    token,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
    encoded.replace(/%20/g, "+"),
    JSON.stringify(token).slice(1, -1),
    ...base64Forms(token),
    ...base64Forms(`${username}:${token}`),
  ];
  // Longest first, so a longer form is not left half-replaced by a shorter one inside it.
  return [...new Set(forms.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
}

/** A URL as it may be shown: no user info, query or fragment (any of them can carry a secret). */
export function displayUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    // Not a URL we can parse: drop anything that looks like user info or a query.
    return raw.replace(/\/\/[^/@\s]*@/g, "//").replace(/[?#]\S*/g, "");
  }
}
