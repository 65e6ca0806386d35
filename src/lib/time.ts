// METHOD §14: a crossing's 2020 cost in a later year, and the year it falls to a budget. Hardware
// makes a FLOP cheaper and better algorithms need fewer FLOP for the same loss; both halve the cost,
// so their rates add. Only dollars move: the crossings' losses and FLOP (at 2020 algorithms) do not.
import type { Assumptions, CostOverTime } from './types';

/** The year the 2020 prices and algorithms describe. */
export const BASE_YEAR = 2020;

type Halvings = Pick<Assumptions, 'hardwareHalving' | 'algorithmHalving'>;

/** Halvings of cost per year: 1 / hardwareHalving + 1 / algorithmHalving. */
export const halvingsPerYear = ({ hardwareHalving, algorithmHalving }: Halvings): number => 1 / hardwareHalving + 1 / algorithmHalving;

/** Cost in year Y = cost₂₀₂₀ · 2^−(Y − 2020)·(1/hardwareHalving + 1/algorithmHalving). */
export function costInYear(cost2020: number, year: number, halvings: Halvings): number {
  return cost2020 * 2 ** (-(year - BASE_YEAR) * halvingsPerYear(halvings));
}

/** The year the cost falls to `budget`: 2020 + log2(cost / budget) / halvings per year; `already` if it costs no more in 2020. */
export function yearAtBudget(cost2020: number, budget: number, halvings: Halvings): number | 'already' {
  if (cost2020 <= budget) return 'already';
  return BASE_YEAR + Math.log2(cost2020 / budget) / halvingsPerYear(halvings);
}

/** How a budget is keyed in published data: 1e9 → "1e9". */
export const budgetKey = (budget: number): string => budget.toExponential().replace('e+', 'e');

/** A crossing's cost after five and ten years, and the year it falls to each of the reader's budgets. */
export function costOverTime(cost2020: number, assumptions: Pick<Assumptions, 'hardwareHalving' | 'algorithmHalving' | 'budgets'>): CostOverTime {
  return {
    in5Years: costInYear(cost2020, BASE_YEAR + 5, assumptions),
    in10Years: costInYear(cost2020, BASE_YEAR + 10, assumptions),
    yearAt: Object.fromEntries(assumptions.budgets.map((b) => [budgetKey(b), yearAtBudget(cost2020, b, assumptions)])),
  };
}
