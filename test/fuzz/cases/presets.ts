import type { FuzzCases } from '../types';

export const cases: FuzzCases = {
  AFTER_SALES: { kind: 'value', why: 'an SLA policy as data (fuzzed through compileSlaPolicy/validatePolicy near misses)' },
  HOSPITAL: { kind: 'value', why: 'an SLA policy as data' },
  PROPERTY_RECEPTION: { kind: 'value', why: 'an SLA policy as data' },
  PROPERTY_SERVICE_CENTRE: { kind: 'value', why: 'an SLA policy as data (the base of the sla near misses)' },
  REAL_ESTATE_CALL_CENTRE: { kind: 'value', why: 'an SLA policy as data (the base of the sla near misses)' },
  UTILITY_FEE_CENTRE: { kind: 'value', why: 'an SLA policy as data' },
};
