/** types of bin/bundle.js (plain JS: it runs before any TypeScript can) */
export declare function sourceStamp(root: string): string;
export declare function bundle(root: string, entry: string, name: string): Promise<URL>;
