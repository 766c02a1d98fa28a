package com.bidhaa.pos.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers as a reader takes them in: a few significant digits, thousands grouped, and
 * ratios that read the right way round for rates and for times.
 */
final class Figures {

	private static final Set<String> TIME_UNITS = Set.of("ns", "µs", "us", "ms", "s", "min", "h");

	private static final Set<String> SIZE_UNITS = Set.of("B", "kB", "KiB", "MB", "MiB", "GB", "GiB");

	private Figures() {
	}

	static String number(double value) {
		double size = Math.abs(value);
		if (size >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (size >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		if (size >= 1) {
			return String.format(Locale.ROOT, "%.2f", value);
		}
		return new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
	}

	/**
	 * A ratio to the baseline: "0.42× of baseline" for a rate, "1.8× the baseline's time"
	 * for a time, where lower is better.
	 */
	static String ratio(double ratio, boolean higherIsBetter, String unit) {
		String times = times(ratio) + "×";
		if (higherIsBetter) {
			return times + " of baseline";
		}
		String what = TIME_UNITS.contains(unit) ? "time" : SIZE_UNITS.contains(unit) ? "size" : "value";
		return times + " the baseline's " + what;
	}

	static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String times(double ratio) {
		if (ratio >= 10) {
			return String.format(Locale.ROOT, "%,.0f", ratio);
		}
		if (ratio >= 1) {
			return String.format(Locale.ROOT, "%.1f", ratio);
		}
		return new BigDecimal(ratio).round(new MathContext(2)).stripTrailingZeros().toPlainString();
	}

}
