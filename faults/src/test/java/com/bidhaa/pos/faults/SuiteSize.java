package com.bidhaa.pos.faults;

import java.time.Duration;

/**
 * How big a run is: {@code small} in every build, {@code full} on demand
 * ({@code -Dfaults.size=full}); {@code -Dfaults.devices} and {@code -Dfaults.sales}
 * override the counts.
 *
 * @param name small or full
 * @param devices how many tills sell at once
 * @param salesPerDevice how many sales each till rings up
 * @param products how many products the shop starts with
 * @param writers how many back-office scripts change the catalogue meanwhile
 * @param thinkTime the mean pause between two sales on one till
 * @param syncPause the mean pause between two syncs of a till that succeeded
 * @param seed the seed of every random choice (the fault plan, the tills, the writers)
 * @param deadline how long the run may take before it fails
 */
record SuiteSize(String name, int devices, int salesPerDevice, int products, int writers, Duration thinkTime,
		Duration syncPause, long seed, Duration deadline) {

	/** The size the system properties ask for. */
	static SuiteSize fromSystemProperties() {
		String name = System.getProperty("faults.size", "small");
		long seed = Long.getLong("faults.seed", 20261121L);
		SuiteSize size = switch (name) {
			case "small" -> new SuiteSize(name, 10, 30, 24, 2, Duration.ofMillis(150), Duration.ofMillis(600), seed,
					Duration.ofMinutes(10));
			case "full" -> new SuiteSize(name, 10, 1000, 60, 2, Duration.ofMillis(30), Duration.ofMillis(1000), seed,
					Duration.ofMinutes(90));
			default -> throw new IllegalArgumentException("faults.size must be small or full, not " + name);
		};
		return new SuiteSize(name, intProperty("faults.devices", size.devices()),
				intProperty("faults.sales", size.salesPerDevice()), size.products(), size.writers(), size.thinkTime(),
				size.syncPause(), seed, size.deadline());
	}

	/** Every sale of every till. */
	int totalSales() {
		return this.devices * this.salesPerDevice;
	}

	private static int intProperty(String name, int otherwise) {
		String value = System.getProperty(name, "");
		return value.isBlank() ? otherwise : Integer.parseInt(value.trim());
	}

}
