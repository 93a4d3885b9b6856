import pkg from "@/package.json";

/** The app's release, from package.json. */
export const APP_VERSION: string = pkg.version;
