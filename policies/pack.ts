/** The pack's name and version, as the CLI reports them next to every violation. */
export const PACK_NAME = "am-dashboard-anonymisation";
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PACK_VERSION: string = (require("./package.json") as { version: string }).version;
