import fc from 'fast-check';
import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  GuifanError: { kind: 'value', why: 'data' },
  formatMessage: { kind: 'function', near: [] },
  isGuifanError: { kind: 'function', near: [] },
  issueMessage: { kind: 'function', near: [] },
  localize: { kind: 'function', near: [] },
  makeIssue: { kind: 'function', near: [] },
  validationError: { kind: 'function', near: [] },
};
