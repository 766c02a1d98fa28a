package com.bidhaa.pos.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.bidhaa.pos.support.AppProcess;

/**
 * Kills the app with SIGKILL each time a given share of all sales has been confirmed,
 * while the tills are pushing, and starts it again on the same port.
 */
final class ServerKills {

	private ServerKills() {
	}

	/**
	 * Kills and restarts the app once per share (0.3 = after 30% of all sales were
	 * confirmed); answers how many sales were confirmed at each kill.
	 */
	static List<Integer> at(List<Double> shares, AppProcess app, Progress progress, int totalSales,
			BooleanSupplier tillsDone, Deadline deadline) throws IOException {
		List<Integer> confirmedAtKills = new ArrayList<>();
		for (double share : shares) {
			int threshold = (int) Math.ceil(share * totalSales);
			while (progress.confirmedSales() < threshold) {
				if (tillsDone.getAsBoolean()) {
					throw new IllegalStateException("The tills stopped before " + threshold + " sales were confirmed");
				}
				deadline.check("waiting for " + threshold + " confirmed sales to kill the app");
				Deadline.pause(Duration.ofMillis(10));
			}
			app.kill();
			confirmedAtKills.add(progress.confirmedSales());
			app.start();
		}
		return confirmedAtKills;
	}

}
