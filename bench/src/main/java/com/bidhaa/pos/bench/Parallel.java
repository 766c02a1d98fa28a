package com.bidhaa.pos.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per device at once and times them together, from a common start to the
 * last one done; whatever each needs (connections, bodies) is made before the clock
 * starts.
 */
final class Parallel {

	private Parallel() {
	}

	/** A device's work: prepared before the start, run after it. */
	interface Task {

		void run() throws Exception;

	}

	/** A device's preparation, which answers its work. */
	interface Preparation {

		Task prepare() throws Exception;

	}

	static Duration time(List<Preparation> preparations) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(preparations.size());
		try {
			CountDownLatch ready = new CountDownLatch(preparations.size());
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Void>> done = new ArrayList<>();
			for (Preparation preparation : preparations) {
				done.add(threads.submit(() -> {
					Task task;
					try {
						task = preparation.prepare();
					}
					finally {
						ready.countDown();
					}
					start.await();
					task.run();
					return null;
				}));
			}
			ready.await();
			long started = System.nanoTime();
			start.countDown();
			for (Future<Void> future : done) {
				try {
					future.get();
				}
				catch (ExecutionException ex) {
					throw (ex.getCause() instanceof Exception cause) ? cause : ex;
				}
			}
			return Duration.ofNanos(System.nanoTime() - started);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
