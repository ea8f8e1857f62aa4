// Budget entry: the whole library.
export * from 'guifan';
