/** `base` ending in exactly the one "/" a path is appended to ("/site" and "/site/" both give "/site/"). */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
