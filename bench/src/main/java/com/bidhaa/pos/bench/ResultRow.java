package com.bidhaa.pos.bench;

import java.util.List;

/**
 * One benchmark's figures in the results file shared with the browser benchmark.
 *
 * @param group the table it belongs in; ratios are only taken within a group
 * @param name what was measured, sizes included
 * @param unit the unit of every figure
 * @param higherIsBetter true for rates, false for times
 * @param runs every measured run, in order
 * @param median the median run
 * @param min the lowest run
 * @param max the highest run
 * @param baseline the name of the row it is compared with, or null for a baseline
 */
record ResultRow(String group, String name, String unit, boolean higherIsBetter, List<Double> runs, double median,
		double min, double max, String baseline) {

	static ResultRow of(String group, String name, String unit, boolean higherIsBetter, List<Double> runs,
			String baseline) {
		List<Double> sorted = runs.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return new ResultRow(group, name, unit, higherIsBetter, List.copyOf(runs), median, sorted.get(0),
				sorted.get(sorted.size() - 1), baseline);
	}

}
