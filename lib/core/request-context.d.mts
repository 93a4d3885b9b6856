// Types of request-context.mjs (plain JavaScript, shared by Next's side and the custom server).
import type { AsyncLocalStorage } from "node:async_hooks";

export interface HotEntry {
  version: number;
  body: Uint8Array;
  headers: Record<string, string>;
  /** Epoch ms after which the entry is not served (pages); absent: valid for its data version. */
  expires?: number;
  /** Compressed copies, made on first use. */
  gzip?: Uint8Array;
  br?: Uint8Array;
}

export interface HotTable {
  /** The data version last read from the database, and when (epoch ms). */
  version: number;
  readAt: number;
  ttlMs: number;
  bytes: number;
  entries: Map<string, HotEntry>;
  /** Re-reads the data version (registered by Next's side). */
  refresh?: () => Promise<unknown>;
}

export interface RequestStore {
  /** The data version this request reads, fixed at its first read. */
  version?: number;
}

export function hotTable(): HotTable;
export function hotFresh(table?: HotTable, now?: number): boolean;
export function publishVersion(version: number, readAt: number, ttlMs: number): void;
export function setVersionSource(read: () => Promise<unknown>): void;
export function refreshVersion(): Promise<boolean>;
export function requestStorage(): AsyncLocalStorage<RequestStore>;
export function requestStore(): RequestStore | undefined;
