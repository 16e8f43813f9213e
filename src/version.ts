import packageJson from "../package.json";

/** Version of the lurescreen package. */
export const PACKAGE_VERSION: string = (packageJson as { version: string }).version;
