/** PostgreSQL URLs: recognising one and printing it without its password (no driver loaded here). */

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

/** the URL without its password, for error messages */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
