/** The tool's version, as reports name it; kept equal to package.json's by a unit test. */
export const TOOL_VERSION = '0.1.0';
/** The tool's home, whose README explains each kind of finding: SARIF's informationUri, and the base of each rule's helpUri. */
export const TOOL_HOME = 'https://github.com/import-guard/import-guard';
