/** guifan/cli — the command line as a function (Node only: it reads files). */
export { runCli, type CliIo } from './runCli';
