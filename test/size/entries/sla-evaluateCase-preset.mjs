// Budget entry: an SLA evaluation with one preset policy.
export { evaluateCase } from 'guifan/sla';
export { PROPERTY_SERVICE_CENTRE } from 'guifan/presets';
