// The lenses' public defaults and limits, without their zod schemas (./query.ts): the dashboard's URL parsers in the
// browser need these numbers, not the API's request schemas.
export const LANGUAGE_DEFAULTS = { a: "chinese", b: "english" } as const;
export const DEFAULT_WITHIN = 50;
export const MAX_WITHIN = 500;
