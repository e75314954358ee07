import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Summary } from './scorers.ts';
import { configurationName, type ConfigurationResult } from './runner.ts';

const bounds = z
  .object({
    min: z.record(z.string(), z.number()).default({}),
    max: z.record(z.string(), z.number()).default({}),
  })
  .strict();

const thresholdsSchema = z
  .object({
    configuration: z.string(),
    overall: bounds,
    categories: z.record(z.string(), bounds).default({}),
    /** Bounds for one split's categories, such as the held-out answerable items. */
    splits: z.object({ dev: z.record(z.string(), bounds).optional(), heldout: z.record(z.string(), bounds).optional() }).strict().default({}),
  })
  .strict();

export type Thresholds = z.infer<typeof thresholdsSchema>;

export async function loadThresholds(file: string): Promise<Thresholds> {
  return thresholdsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** Every figure below its minimum or above its maximum, as sentences; empty means the gate passes. */
export function gateFailures(thresholds: Thresholds, results: ConfigurationResult[]): string[] {
  const result = results.find((r) => configurationName(r.configuration) === thresholds.configuration);
  if (!result) return [`the gated configuration "${thresholds.configuration}" was not run`];
  const failures: string[] = [];
  const check = (scope: string, summary: Summary | undefined, limits: z.infer<typeof bounds>) => {
    if (!summary) return failures.push(`${scope}: no items in this category`);
    for (const [metric, min] of Object.entries(limits.min)) {
      const value = summary[metric as keyof Summary];
      if (typeof value !== 'number' || value < min) failures.push(`${scope}: ${metric} ${format(value)} is below ${min}`);
    }
    for (const [metric, max] of Object.entries(limits.max)) {
      const value = summary[metric as keyof Summary];
      if (typeof value !== 'number' || value > max) failures.push(`${scope}: ${metric} ${format(value)} is above ${max}`);
    }
    return undefined;
  };
  check('overall', result.overall, thresholds.overall);
  for (const [category, limits] of Object.entries(thresholds.categories)) {
    check(category, result.byCategory[category as keyof typeof result.byCategory], limits);
  }
  for (const split of ['dev', 'heldout'] as const) {
    for (const [category, limits] of Object.entries(thresholds.splits[split] ?? {})) {
      check(`${split} ${category}`, result.bySplitCategory[split][category as keyof ConfigurationResult['byCategory']], limits);
    }
  }
  return failures;
}

const format = (value: unknown) => (typeof value === 'number' ? value.toFixed(3) : 'n/a');
