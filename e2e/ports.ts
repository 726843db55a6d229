export const MAIN_PORT = 3210;
export const SETUP_PORT = 3211;
export const SETUP_TOKEN = "e2e-setup-code-4821";
