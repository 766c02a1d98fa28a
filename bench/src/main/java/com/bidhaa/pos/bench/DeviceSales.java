package com.bidhaa.pos.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The sales one device rang up offline for one run, in its sequence order 1, 2, 3, …;
 * every run uses new devices, so each sequence starts at 1.
 *
 * @param deviceId the device's id (X-Device-Id)
 * @param cashier who sold on it
 * @param sales its sales, in sequence order
 */
record DeviceSales(UUID deviceId, BenchShop.Cashier cashier, List<BenchSale> sales) {

	/** Rings up {@code count} sales of {@code items} different products each. */
	static DeviceSales ringUp(String prefix, BenchShop.Cashier cashier, int count, int items,
			List<SoldProduct> products, Random random) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		List<BenchSale> sales = new ArrayList<>(count);
		for (int seq = 1; seq <= count; seq++) {
			List<BenchSale.Line> lines = new ArrayList<>(items);
			int first = random.nextInt(products.size());
			for (int item = 0; item < items; item++) {
				// Different products on each line: a step through the list from a random
				// start.
				SoldProduct product = products.get((first + item * 37) % products.size());
				lines.add(new BenchSale.Line(product, 1 + random.nextInt(3)));
			}
			sales.add(new BenchSale(UUID.randomUUID(), "%s-%06d".formatted(prefix, seq), seq,
					start.minusSeconds(count - seq), List.copyOf(lines)));
		}
		return new DeviceSales(UUID.randomUUID(), cashier, List.copyOf(sales));
	}

	/** Rings up the sales of one run on each cashier's device. */
	static List<DeviceSales> forRun(String run, BenchShop shop, int perDevice, int items, List<SoldProduct> products,
			Random random) {
		List<DeviceSales> devices = new ArrayList<>();
		for (int i = 0; i < shop.cashiers().size(); i++) {
			devices
				.add(ringUp("%s%d".formatted(run, i + 1), shop.cashiers().get(i), perDevice, items, products, random));
		}
		return devices;
	}

	int count() {
		return this.sales.size();
	}

}
