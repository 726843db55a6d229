export const MAIN_PORT = 3210;
export const SETUP_PORT = 3211;
export const SETUP_TOKEN = "e2e-setup-code-4821";
/** A third empty server, where e2e/export.spec.ts moves the demo firm (without JavaScript). */
export const IMPORT_PORT = 3212;
/** Where the main e2e server writes its log (stdout and stderr), fresh for each run (e2e/run.sh empties e2e/.data). */
export const MAIN_SERVER_LOG = "e2e/.data/main-server.log";
