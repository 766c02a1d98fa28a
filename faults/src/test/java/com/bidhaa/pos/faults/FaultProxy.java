package com.bidhaa.pos.faults;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on loopback in front of the app, through which every device and writer
 * talks, that applies the fault its plan picks to each request and counts what it did.
 * <p>
 * Each request gets a connection of its own to the app, which closes it after the answer:
 * the proxy then holds the whole answer before it decides what the client gets, so "the
 * server committed" is certain for the faults that claim it.
 */
final class FaultProxy implements AutoCloseable {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	/**
	 * Longer than any answer takes, shorter than the run: a stuck exchange cannot hang
	 * it.
	 */
	private static final int SOCKET_TIMEOUT_MILLIS = 120_000;

	private static final byte[] BAD_GATEWAY = """
			{"type":"about:blank","title":"Bad Gateway","status":502,"code":"bad-gateway"}"""
		.getBytes(StandardCharsets.UTF_8);

	private final ServerSocket listener;

	private final int appPort;

	private final FaultPlan plan;

	private final FaultCounts counts = new FaultCounts();

	private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());

	/** At most one held-back batch per device, by X-Device-Id. */
	private final Map<String, byte[]> held = new ConcurrentHashMap<>();

	private FaultProxy(ServerSocket listener, int appPort, FaultPlan plan) {
		this.listener = listener;
		this.appPort = appPort;
		this.plan = plan;
	}

	/** Listens on a free loopback port and forwards to the app on {@code appPort}. */
	static FaultProxy start(int appPort, FaultPlan plan) throws IOException {
		FaultProxy proxy = new FaultProxy(new ServerSocket(0, 200, LOOPBACK), appPort, plan);
		proxy.workers.execute(proxy::acceptConnections);
		return proxy;
	}

	int port() {
		return this.listener.getLocalPort();
	}

	FaultCounts counts() {
		return this.counts;
	}

	/** Delivers every batch still held back, so that no stale delivery is left out. */
	void releaseHeld() {
		for (String device : this.held.keySet()) {
			byte[] stale = this.held.remove(device);
			if (stale != null) {
				deliverStale(stale);
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		this.workers.shutdownNow();
	}

	private void acceptConnections() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				this.workers.execute(() -> serve(client));
			}
			catch (IOException ex) {
				// The listener was closed: the run is over.
			}
		}
	}

	private void serve(Socket client) {
		try (client) {
			client.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
			ProxiedRequest request = ProxiedRequest.read(new BufferedInputStream(client.getInputStream()));
			if (request == null) {
				return;
			}
			String device = request.isBatch() ? request.deviceId() : null;
			byte[] stale = (device != null) ? this.held.remove(device) : null;
			FaultKind fault = this.plan.next(request.isBatch());
			if (fault == FaultKind.REORDER_BATCH && (device == null || stale != null)) {
				// One held batch per device: this one is the "next one" the held batch
				// waits for.
				fault = FaultKind.PASS;
			}
			try {
				apply(fault, request.encode(), device, client);
				this.counts.applied(fault);
			}
			catch (AppUnreachable ex) {
				this.counts.unreachable();
				abort(client);
			}
			finally {
				if (stale != null) {
					deliverStale(stale);
				}
			}
		}
		catch (IOException ex) {
			// The client went away: it sees a failed request and retries.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void apply(FaultKind fault, byte[] request, String device, Socket client)
			throws IOException, InterruptedException {
		switch (fault) {
			case PASS -> relay(client, exchange(request));
			case DELAY -> {
				Thread.sleep(this.plan.delay().toMillis());
				relay(client, exchange(request));
			}
			case DROP_BEFORE_FORWARD -> {
				ensureAppUp();
				abort(client);
			}
			case DROP_AFTER_COMMIT -> {
				exchange(request);
				abort(client);
			}
			case CUT_MID_BODY -> {
				byte[] answer = exchange(request);
				int head = ProxiedRequest.headLength(answer);
				OutputStream out = client.getOutputStream();
				out.write(answer, 0, head + (answer.length - head) / 2);
				out.flush();
				abort(client);
			}
			case BAD_GATEWAY_AFTER_COMMIT -> {
				exchange(request);
				badGateway(client);
			}
			case DUPLICATE_BATCH -> relay(client, exchangeTwice(request));
			case REORDER_BATCH -> {
				ensureAppUp();
				this.held.put(device, request);
				abort(client);
			}
		}
	}

	/** Sends the request to the app twice at once and answers one of the two answers. */
	private byte[] exchangeTwice(byte[] request) throws IOException, InterruptedException {
		Future<byte[]> second = this.workers.submit(() -> exchange(request));
		byte[] first = exchange(request);
		try {
			byte[] other = second.get();
			return this.plan.firstAnswer() ? first : other;
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof AppUnreachable unreachable) ? unreachable
					: new AppUnreachable(ex.getCause());
		}
	}

	/** A held-back batch reaches the app late; nobody waits for its answer. */
	private void deliverStale(byte[] request) {
		try {
			exchange(request);
			this.counts.staleDelivered();
		}
		catch (AppUnreachable ex) {
			// The app is down: this late copy is lost, as it could be on a real network.
		}
	}

	/**
	 * Fails as unreachable while the app is down, so that the faults that never reach it
	 * are counted only while it could have answered.
	 */
	private void ensureAppUp() throws AppUnreachable {
		try (Socket app = connectToApp()) {
			app.shutdownOutput();
		}
		catch (IOException ex) {
			throw new AppUnreachable(ex);
		}
	}

	/** One request to the app on a fresh connection; answers everything the app sent. */
	private byte[] exchange(byte[] request) throws AppUnreachable {
		try (Socket app = connectToApp()) {
			app.getOutputStream().write(request);
			app.getOutputStream().flush();
			byte[] answer = app.getInputStream().readAllBytes();
			if (answer.length == 0) {
				throw new AppUnreachable(null);
			}
			return answer;
		}
		catch (IOException ex) {
			throw new AppUnreachable(ex);
		}
	}

	private Socket connectToApp() throws IOException {
		Socket app = new Socket();
		try {
			app.connect(new InetSocketAddress(LOOPBACK, this.appPort), 5_000);
			app.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
			return app;
		}
		catch (IOException ex) {
			app.close();
			throw ex;
		}
	}

	private static void relay(Socket client, byte[] answer) throws IOException {
		client.getOutputStream().write(answer);
		client.getOutputStream().flush();
	}

	private static void badGateway(Socket client) throws IOException {
		String head = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/problem+json\r\n"
				+ "X-Fault-Proxy: injected\r\nContent-Length: " + BAD_GATEWAY.length + "\r\nConnection: close\r\n\r\n";
		client.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
		client.getOutputStream().write(BAD_GATEWAY);
		client.getOutputStream().flush();
	}

	/** Closes with a reset, as a dropped mobile connection looks to the client. */
	private static void abort(Socket client) throws IOException {
		client.setSoLinger(true, 0);
		client.close();
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger number = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "fault-proxy-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** The app did not take the request or died before answering it in full. */
	static final class AppUnreachable extends IOException {

		AppUnreachable(Throwable cause) {
			super("The app is not reachable", cause);
		}

	}

}
