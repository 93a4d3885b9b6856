export interface Limiter {
  <T>(task: () => Promise<T> | T): Promise<T>;
  stats(): { active: number; waiting: number; max: number };
}
export function createLimiter(max: number): Limiter;
export function renderConcurrency(env?: Record<string, string | undefined>): number;
export function publicFiles(root: string): Set<string>;
export function isRender(url: string | undefined, files?: Set<string>): boolean;
