/**
 * guifan (规范): the regulations of Chinese service organisations as typed
 * models and pure functions. Every module is also its own subpath export
 * (`guifan/calendar`, …) for smaller bundles.
 *
 * @module guifan
 */
export * from './calendar/index';
export * from './errors/index';
export * from './time-limit/index';
export * from './appraisal/index';
export * from './sla/index';
export * from './presets/index';
export * from './meeting/index';
export * from './conduct/index';
export * from './complaint/index';
export * from './duty/index';
