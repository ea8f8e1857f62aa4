import { isGuifanError, type GuifanError } from '../../src/index';

/** The GuifanError that `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): GuifanError {
  try {
    fn();
  } catch (e) {
    if (isGuifanError(e)) return e;
    throw e;
  }
  throw new Error('expected a GuifanError');
}
