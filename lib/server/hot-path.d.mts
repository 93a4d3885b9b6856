// Types of hot-path.mjs (plain JavaScript, shared by Next's side and the custom server's fast path).
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

export const HOT_MAX_ENTRIES: number;
export const HOT_MAX_BYTES: number;
export function hotTable(): HotTable;
export function hotFresh(table?: HotTable, now?: number): boolean;
export function publishVersion(version: number, readAt: number, ttlMs: number): void;
export function publishResponse(key: string, entry: HotEntry): void;
export function clearHot(): void;
export function setVersionSource(read: () => Promise<unknown>): void;
export function refreshVersion(): Promise<boolean>;
export function hotKey(url: URL): string;
export function etagFor(dataVersion: number, requestKey: string): string;
export function ifNoneMatchHits(header: string | null | undefined, etag: string): boolean;
export function errorBody(code: string, message: string): string;
export function pickEncoding(header: string | string[] | null | undefined): "br" | "gzip" | null;
export function compressible(contentType: string | undefined): boolean;
export function encodedBody(entry: HotEntry, encoding: "br" | "gzip" | null): { body: Uint8Array; encoding: "br" | "gzip" | null };
export function contentSecurityPolicy(options?: { embed?: boolean; https?: boolean }): string;
export const EMBED_SECTIONS: readonly string[];
export function isEmbedUrl(url: string): boolean;
export function withoutTracking(url: string): string | null;
export function isHttps(headers: Record<string, string | string[] | undefined>): boolean;
export function securityHeaders(options?: { embed?: boolean; https?: boolean }): Readonly<Record<string, string>>;
export function isCacheablePageRequest(method: string | undefined, url: string, headers: Record<string, string | string[] | undefined>): boolean;
export function pageKey(url: string): string;
export const PAGE_CACHE_CONTROL: string;
export const PAGE_TTL_MS: number;
export const STATUS_TTL_MS: number;
export function pageTtlMs(url: string): number;
export function requestStorage(): AsyncLocalStorage<RequestStore>;
export function requestStore(): RequestStore | undefined;
