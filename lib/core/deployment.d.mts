type Env = Record<string, string | undefined>;
export function isLoopbackHost(host: string | undefined): boolean;
export function siteOriginOf(env?: Env): string;
export function proxyHopsOf(value: string | undefined): number;
export function deploymentProblems(env?: Env): { errors: string[]; warnings: string[]; exposed: boolean };
