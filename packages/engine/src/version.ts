/** The engine's own version, checked against each plugin's supported range. */
export const ENGINE_VERSION = "0.1.0";
