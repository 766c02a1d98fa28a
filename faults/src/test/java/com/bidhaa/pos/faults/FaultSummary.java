package com.bidhaa.pos.faults;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The figures of a run as a Markdown table, for the console, for
 * {@code faults/target/fault-summary.md} and for the README's reliability section.
 *
 * @param size the size of the run
 * @param devices the tills
 * @param writers the catalogue writers
 * @param faults what the proxy did
 * @param confirmedAtKills how many sales were confirmed at each SIGKILL
 * @param startTimes how long each start of the app took
 * @param ledger the acknowledged stock adjustments
 * @param checks the outcome of the checks
 * @param duration how long the run took, setup to checks
 */
record FaultSummary(SuiteSize size, List<SimulatedDevice> devices, List<CatalogueWriter> writers, FaultCounts faults,
		List<Integer> confirmedAtKills, List<Duration> startTimes, AdjustmentLedger ledger, ShopChecks checks,
		Duration duration) {

	int rungUp() {
		return sum(this.devices, (device) -> device.outbox().sales().size());
	}

	int duplicateAnswers() {
		return answered("sale.record", "duplicate");
	}

	/**
	 * Mutations refused for good (a stale edit settled by re-basing is not among them).
	 */
	int rejected() {
		return sum(this.devices, (device) -> device.outbox().count(DeviceOutbox.State.REJECTED));
	}

	String toMarkdown() {
		StringBuilder text = new StringBuilder();
		text.append("# Fault-injection run (%s)%n%n".formatted(this.size.name()));
		text.append(
				("%d tills × %d sales (till 1 an older app on bulk_create, the last two managers' tills), %d products,"
						+ " %d catalogue writers, seed %d; %s on %d cores, Java %s.%n%n")
					.formatted(this.size.devices(), this.size.salesPerDevice(), this.size.products(),
							this.size.writers(), this.size.seed(), minutes(this.duration),
							Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		text.append("| What | Count |\n| --- | ---: |\n");
		row(text, "Sales rung up on the tills", rungUp());
		row(text, "Sales on the server", this.checks.salesOnServer());
		row(text, "**Sales lost**", this.checks.lost());
		row(text, "**Sales doubled** (stored, or moving stock, more than once)", this.checks.doubled());
		row(text, "Sales altered (items, prices or totals)", this.checks.altered());
		row(text, "Mutations rejected (stale edits settled not counted)", rejected());
		row(text, "Duplicate answers to sales (duplicates prevented)", duplicateAnswers());
		for (String name : MutationCounts.NAMES) {
			row(text, "`%s` mutations made / applied / duplicate / stale".formatted(name),
					"%,d / %,d / %,d / %,d".formatted(made(name), answered(name, "applied"),
							answered(name, "duplicate"), answered(name, "stale")));
		}
		row(text, "– of them on the older till through bulk_create (sales)", sum(this.devices,
				(device) -> (device.kind() == SimulatedDevice.Kind.V1) ? device.outbox().sales().size() : 0));
		row(text, "Customers on the server / created by the tills",
				"%,d / %,d".formatted(this.checks.mutations().customersOnServer(), answeredCreations()));
		row(text, "Customer-edit conflicts answered / recorded by the server", "%,d / %,d"
			.formatted(answered("customer.upsert", "conflicts"), this.checks.mutations().customerConflictsOnServer()));
		row(text, "Sales naming a customer created on the spot", sum(this.devices, (
				device) -> (int) device.outbox().sales().stream().filter((sale) -> sale.customerId() != null).count()));
		row(text, "**Mutations lost / doubled** (log, customers, products, adjustments)",
				this.checks.mutations().lost().values().stream().mapToInt(Integer::intValue).sum() + " / "
						+ this.checks.mutations().doubled().values().stream().mapToInt(Integer::intValue).sum());
		row(text, "Rows of the applied-mutation log", this.checks.mutations().logged());
		row(text, "push and bulk_create requests the tills sent (retries included)",
				sum(this.devices, SimulatedDevice::batchesSent));
		row(text, "Server kills (SIGKILL) and restarts", this.confirmedAtKills.size());
		row(text, "Requests through the fault proxy", this.faults.requests());
		row(text, "Faults injected", this.faults.injected());
		for (FaultKind kind : FaultKind.values()) {
			if (kind != FaultKind.PASS) {
				row(text, "– " + kind.description(), this.faults.count(kind));
			}
		}
		row(text, "Held-back batches that reached the server late", this.faults.staleDeliveredCount());
		row(text, "Requests refused while the server was down or dying", this.faults.unreachableCount());
		row(text, "Price changes (If-Match)", sum(this.writers, CatalogueWriter::priceChanges));
		row(text, "– edits answered 412 and made again", sum(this.writers, CatalogueWriter::preconditionFailures));
		row(text, "Products archived / restored",
				sum(this.writers, CatalogueWriter::archives) + " / " + sum(this.writers, CatalogueWriter::restores));
		row(text, "Stock adjustments of the writers acknowledged", this.ledger.count());
		row(text, "– of them answered as already recorded", sum(this.writers, CatalogueWriter::replayedAdjustments));
		row(text, "Failed checks", this.checks.failures().size());
		text.append("%nKills after %s confirmed sales; starts of the app took %s.%n".formatted(
				this.confirmedAtKills.stream().map(String::valueOf).collect(Collectors.joining(" and ")),
				this.startTimes.stream().map(FaultSummary::seconds).collect(Collectors.joining(", "))));
		return text.toString();
	}

	private int answered(String name, String answer) {
		return sum(this.devices, (device) -> device.counts().get(name, answer));
	}

	private int made(String name) {
		return sum(this.devices,
				(device) -> (int) device.outbox()
					.entries()
					.stream()
					.filter((entry) -> entry.intent().name().equals(name))
					.count());
	}

	private int answeredCreations() {
		return sum(this.devices,
				(device) -> (int) device.outbox()
					.entries()
					.stream()
					.filter((entry) -> entry.intent() instanceof CustomerEdit edit && edit.creation()
							&& entry.state() == DeviceOutbox.State.CONFIRMED)
					.count());
	}

	private static <T> int sum(List<T> items, ToIntFunction<T> figure) {
		return items.stream().mapToInt(figure).sum();
	}

	private static void row(StringBuilder text, String what, Object count) {
		String shown = (count instanceof Number number) ? String.format(Locale.ROOT, "%,d", number.longValue())
				: count.toString();
		text.append("| ").append(what).append(" | ").append(shown).append(" |\n");
	}

	private static String minutes(Duration duration) {
		return "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
