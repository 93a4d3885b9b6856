import type { IncomingMessage, ServerResponse } from "node:http";
import type { Writable } from "node:stream";

export interface GuardConfig {
  points: number;
  seconds: number;
  keyPrefix: string;
  redisUrl?: string;
  trustProxy: boolean;
  logLevel: string;
}
export type Guard = ((req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void> | void) & {
  store: "memory" | "redis" | "off";
  close(): Promise<void>;
};
export function guardConfig(env?: Record<string, string | undefined>): GuardConfig;
export function routeGroup(pathname: string): "og" | "health" | "metrics" | "cron" | "api" | "static" | "page";
export function createGuard(env?: Record<string, string | undefined>, options?: { destination?: Writable }): Promise<Guard>;
