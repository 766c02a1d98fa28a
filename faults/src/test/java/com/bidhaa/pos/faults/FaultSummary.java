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
		return sum(this.devices, SimulatedDevice::duplicates);
	}

	int rejected() {
		return sum(this.devices, (device) -> device.outbox().count(DeviceOutbox.State.REJECTED));
	}

	String toMarkdown() {
		StringBuilder text = new StringBuilder();
		text.append("# Fault-injection run (%s)%n%n".formatted(this.size.name()));
		text.append("%d tills × %d sales, %d products, %d catalogue writers, seed %d; %s on %d cores, Java %s.%n%n"
			.formatted(this.size.devices(), this.size.salesPerDevice(), this.size.products(), this.size.writers(),
					this.size.seed(), minutes(this.duration), Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version")));
		text.append("| What | Count |\n| --- | ---: |\n");
		row(text, "Sales rung up on the tills", rungUp());
		row(text, "Sales on the server", this.checks.salesOnServer());
		row(text, "**Sales lost**", this.checks.lost());
		row(text, "**Sales doubled** (stored, or moving stock, more than once)", this.checks.doubled());
		row(text, "Sales altered (items, prices or totals)", this.checks.altered());
		row(text, "Sales rejected", rejected());
		row(text, "Duplicate answers (duplicates prevented)", duplicateAnswers());
		row(text, "bulk_create requests the tills sent (retries included)",
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
		row(text, "Stock adjustments acknowledged", this.ledger.count());
		row(text, "– of them answered as already recorded", sum(this.writers, CatalogueWriter::replayedAdjustments));
		row(text, "Failed checks", this.checks.failures().size());
		text.append("%nKills after %s confirmed sales; starts of the app took %s.%n".formatted(
				this.confirmedAtKills.stream().map(String::valueOf).collect(Collectors.joining(" and ")),
				this.startTimes.stream().map(FaultSummary::seconds).collect(Collectors.joining(", "))));
		return text.toString();
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
