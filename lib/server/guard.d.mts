import type { IncomingMessage, ServerResponse } from "node:http";
import type { Writable } from "node:stream";

export interface GuardConfig {
  points: number;
  seconds: number;
  searchPoints: number;
  searchSeconds: number;
  /** Trusted proxy hops in front of the server (TRUST_PROXY). */
  proxyHops: number;
  keyPrefix: string;
  redisUrl?: string;
  logLevel: string;
}
export type Guard = ((req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void> | void) & {
  store: "memory" | "redis" | "off";
  proxyHops: number;
  close(): Promise<void>;
};
export function guardConfig(env?: Record<string, string | undefined>): GuardConfig;
export function routeGroup(
  pathname: string,
): "og" | "health" | "metrics" | "cron" | "search" | "api" | "static" | "page";
export function normalizeTarget(rawUrl: string): string | null;
export function clientIp(
  req: Pick<IncomingMessage, "headers"> & { socket?: { remoteAddress?: string } },
  hops: number,
): string;
export function createGuard(
  env?: Record<string, string | undefined>,
  options?: { destination?: Writable },
): Promise<Guard>;
