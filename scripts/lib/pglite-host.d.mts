export const PGLITE_SETTINGS: Readonly<Record<string, string>>;
export function pgliteStartParams(): string[];
export function freePort(): Promise<number>;
export interface ServedPglite {
  url: string;
  port: number;
  dataDir: string;
  startMs: number;
  close(): Promise<void>;
}
export function servePglite(dataDir: string, port?: number): Promise<ServedPglite>;
