/**
 * guifan/presets — SLA policies from the seed regulations, as data. Clone one
 * (`structuredClone`) and adjust it; `validatePolicy` checks the result.
 *
 * @module guifan/presets
 */
export { AFTER_SALES } from './afterSales';
export { HOSPITAL } from './hospital';
export { PROPERTY_RECEPTION } from './propertyReception';
export { PROPERTY_SERVICE_CENTRE } from './propertyServiceCentre';
export { REAL_ESTATE_CALL_CENTRE } from './realEstateCallCentre';
export { UTILITY_FEE_CENTRE } from './utilityFeeCentre';
