/**
 * zod as Parley uses it, outside the path to the first comment: configured for a strict Content-Security-Policy,
 * with the few helpers its schemas share. Every module that reads with zod imports it from here
 * (`import * as z from '…/model/zod.js'`), so the configuration is in place before any schema runs.
 */
import * as z from 'zod/mini';

// zod/mini would otherwise probe `new Function`, which a strict Content-Security-Policy reports as a violation.
z.config({ jitless: true });

export * from 'zod/mini';

/*
 * Each kind of zod check or schema adds its own code to the chunks that read with zod. So Parley's schemas keep to
 * a small set: object, string, nullable, optional (no array: a list is checked item by item), and tests written as
 * plain functions (custom, refine) through these helpers.
 */

/** Refines a schema with a test. */
export const where = <T>(schema: z.ZodMiniType<T>, test: (value: T) => boolean, error?: string) =>
  schema.check(z.refine(test, error === undefined ? undefined : { error }));

/** A whole number, at least `min`. */
export const wholeNumber = (min = 0) => z.custom<number>((value) => Number.isInteger(value) && value >= min);
