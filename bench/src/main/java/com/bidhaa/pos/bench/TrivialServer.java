package com.bidhaa.pos.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * The start-time baseline: a JVM that does nothing but answer {@code /actuator/health}
 * with UP, timed exactly as the application is.
 */
final class TrivialServer {

	private TrivialServer() {
	}

	public static void main(String[] args) throws IOException {
		HttpServer server = HttpServer
			.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
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
