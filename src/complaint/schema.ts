// The complaint module's data models (schema first, types from z.infer), one file per seam.
export * from './vocabulary';
export * from './recordSchema';
export * from './taxonomySchema';
