export const SERVER_PROCESS_ENV: Readonly<Record<string, string>>;
export function serverProcessEnv(env?: NodeJS.ProcessEnv, extra?: Record<string, string>): NodeJS.ProcessEnv;
