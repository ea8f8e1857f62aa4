import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  runCli: { kind: 'function', near: [] },
};
