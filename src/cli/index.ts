/**
 * guifan/cli — the command line as a function (Node only: it reads files).
 *
 * @module guifan/cli
 */
export { runCli, type CliIo } from './runCli';
