package com.bidhaa.pos.faults;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.bidhaa.pos.support.TestResponse;

/**
 * Makes one client's calls and keeps what it saw that it never should have: answers other
 * than those expected (4xx), 5xx answers the app itself gave, odd bodies.
 * <p>
 * Dropped and cut connections and the proxy's made-up 502s are the faults of the run:
 * they only make the call fail, for the caller to try again.
 */
final class CallLog {

	private final String who;

	private final List<String> problems = new CopyOnWriteArrayList<>();

	private final List<String> serverErrors = new CopyOnWriteArrayList<>();

	private volatile int failed;

	CallLog(String who) {
		this.who = who;
	}

	/**
	 * The answer when its status is one of {@code expected}; null when the call failed.
	 */
	TestResponse call(Request request, int... expected) {
		try {
			TestResponse answer = request.send();
			for (int status : expected) {
				if (answer.status() == status) {
					return answer;
				}
			}
			if (answer.status() >= 500 && !injected(answer)) {
				this.serverErrors.add(this.who + ": " + answer);
			}
			else if (!injected(answer)) {
				this.problems.add(this.who + ": " + answer);
			}
		}
		catch (UncheckedIOException ex) {
			// Dropped, cut off or refused: the caller tries again later.
		}
		failed();
		return null;
	}

	/** A call that failed after its answer arrived (a body cut short). */
	void failed() {
		this.failed++;
	}

	void problem(String problem) {
		this.problems.add(this.who + ": " + problem);
	}

	/** Whether the proxy made this answer up (a 502 after the app had committed). */
	private static boolean injected(TestResponse answer) {
		return answer.headers().firstValue("X-Fault-Proxy").isPresent();
	}

	int failedCalls() {
		return this.failed;
	}

	/** What went wrong that a client should never see. */
	List<String> problems() {
		return List.copyOf(this.problems);
	}

	/** 5xx answers the app itself gave. */
	List<String> serverErrors() {
		return List.copyOf(this.serverErrors);
	}

	/** One call to the API. */
	@FunctionalInterface
	interface Request {

		TestResponse send();

	}

}
