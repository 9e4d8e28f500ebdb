/** The tool's version, as reports name it; kept equal to package.json's by a unit test. */
export const TOOL_VERSION = '0.1.0';
