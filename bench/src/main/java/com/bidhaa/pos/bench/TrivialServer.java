package com.bidhaa.pos.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import com.bidhaa.pos.support.AppProcess;

import com.sun.net.httpserver.HttpServer;

/**
 * The start-time baseline: a JVM that does nothing but answer {@code /actuator/health}
 * with UP, timed exactly as the application is.
 */
final class TrivialServer {

	private static final String PORT = "--server.port=";

	private TrivialServer() {
	}

	/** This server as a process of its own, started as the application is. */
	static AppProcess process(Path log) throws IOException {
		String classes = Path
			.of(URI.create(TrivialServer.class.getProtectionDomain().getCodeSource().getLocation().toString()))
			.toString();
		return AppProcess.mainClass(classes, TrivialServer.class.getName(), log);
	}

	/** Listens on the port of {@code --server.port=<port>}, as the application does. */
	public static void main(String[] args) throws IOException {
		int port = Arrays.stream(args)
			.filter((arg) -> arg.startsWith(PORT))
			.map((arg) -> Integer.parseInt(arg.substring(PORT.length())))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + PORT + "<port> in " + Arrays.toString(args)));
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
		server.createContext("/actuator/health", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, up.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(up);
			}
		});
		server.start();
	}

}
