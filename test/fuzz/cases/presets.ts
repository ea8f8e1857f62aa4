import fc from 'fast-check';
import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  AFTER_SALES: { kind: 'value', why: 'data' },
  HOSPITAL: { kind: 'value', why: 'data' },
  PROPERTY_RECEPTION: { kind: 'value', why: 'data' },
  PROPERTY_SERVICE_CENTRE: { kind: 'value', why: 'data' },
  REAL_ESTATE_CALL_CENTRE: { kind: 'value', why: 'data' },
  UTILITY_FEE_CENTRE: { kind: 'value', why: 'data' },
};
