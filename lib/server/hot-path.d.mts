// Types of hot-path.mjs (plain JavaScript, shared by Next's side and the custom server's fast path).
import type { HotEntry } from "../core/request-context.mjs";

export const HOT_MAX_ENTRIES: number;
export const HOT_MAX_BYTES: number;
export function publishResponse(key: string, entry: HotEntry): void;
export function clearHot(): void;
export function hotKey(url: URL): string;
export function etagFor(dataVersion: number, requestKey: string): string;
export function ifNoneMatchHits(header: string | null | undefined, etag: string): boolean;
export function errorBody(code: string, message: string): string;
export function pickEncoding(header: string | string[] | null | undefined): "br" | "gzip" | null;
export function compressible(contentType: string | undefined): boolean;
export function encodedBody(
  entry: HotEntry,
  encoding: "br" | "gzip" | null,
): { body: Uint8Array; encoding: "br" | "gzip" | null };
export function contentSecurityPolicy(options?: { embed?: boolean; https?: boolean }): string;
export const EMBED_SECTIONS: readonly string[];
export function isEmbedUrl(url: string): boolean;
export function withoutTracking(url: string): string | null;
export function isHttps(headers: Record<string, string | string[] | undefined>): boolean;
export function securityHeaders(options?: { embed?: boolean; https?: boolean }): Readonly<Record<string, string>>;
export function isCacheablePageRequest(
  method: string | undefined,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): boolean;
export function pageKey(url: string): string;
export const PAGE_CACHE_CONTROL: string;
export const PAGE_TTL_MS: number;
export const STATUS_TTL_MS: number;
export function pageTtlMs(url: string): number;
