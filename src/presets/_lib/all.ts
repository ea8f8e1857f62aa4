// Every preset, for code that lists them (the CLI's `--preset`). A namespace
// import of ../index would make bundlers build that module's namespace object
// in the shared presets chunk, and keep every preset in a bundle that imports one.
export { AFTER_SALES } from '../afterSales';
export { HOSPITAL } from '../hospital';
export { PROPERTY_RECEPTION } from '../propertyReception';
export { PROPERTY_SERVICE_CENTRE } from '../propertyServiceCentre';
export { REAL_ESTATE_CALL_CENTRE } from '../realEstateCallCentre';
export { UTILITY_FEE_CENTRE } from '../utilityFeeCentre';
