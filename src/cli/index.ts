/**
 * guifan/cli — the command line as a function (Node only: it reads files).
 *
 * @module guifan/cli
 */
export { runCli, runCliAsync, type CliIo, type CliTempFile } from './runCli';
