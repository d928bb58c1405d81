/**
 * Plain checks of the shapes Parley reads from its own records in the browser and from the `rest` protocol: type
 * guards built from a few pieces. zod reads the foreign shapes of the WordPress and Waline adapters
 * (`model/zod.ts`); these keep it out of what a reader who reads and posts through `rest` loads.
 */

/** A test that tells TypeScript what a value is once it passes. */
export type Check<T> = (value: unknown) => value is T;
/** What a check lets through. */
export type Checked<C> = C extends Check<infer T> ? T : never;

export const isText: Check<string> = (value): value is string => typeof value === 'string';
export const isNumber: Check<number> = (value): value is number => typeof value === 'number';
export const isBoolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';
export const isList: Check<unknown[]> = (value): value is unknown[] => Array.isArray(value);
export const isRecord: Check<Record<string, unknown>> = (value): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);

/** An object whose named fields pass their checks; other fields are let be. */
export const object =
  <S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: Checked<S[K]> }> =>
  (value): value is { [K in keyof S]: Checked<S[K]> } =>
    isRecord(value) && Object.entries(shape).every(([name, check]) => check(value[name]));
