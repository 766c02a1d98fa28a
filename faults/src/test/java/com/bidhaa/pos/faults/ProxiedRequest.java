package com.bidhaa.pos.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One HTTP/1.1 request as the proxy read it from a client, re-encoded so that the app
 * closes the connection after answering it (the proxy then reads the answer to its end).
 *
 * @param method the request method
 * @param target the request target (path and query)
 * @param headers the header lines as sent
 * @param body the body, empty when there is none
 */
record ProxiedRequest(String method, String target, List<String> headers, byte[] body) {

	private static final int MAX_HEAD_BYTES = 64 * 1024;

	private static final byte[] HEAD_END = { '\r', '\n', '\r', '\n' };

	/** Headers about this one connection, which the proxy decides itself. */
	private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "upgrade",
			"http2-settings", "te", "transfer-encoding", "content-length");

	/** Reads one request; null when the client closed before sending anything. */
	static ProxiedRequest read(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < HEAD_END.length) {
			int next = in.read();
			if (next < 0) {
				if (head.size() == 0) {
					return null;
				}
				throw new EOFException("The request head was cut off");
			}
			head.write(next);
			matched = (next == HEAD_END[matched]) ? matched + 1 : ((next == '\r') ? 1 : 0);
			if (head.size() > MAX_HEAD_BYTES) {
				throw new IOException("The request head is too large");
			}
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		String[] requestLine = lines[0].split(" ");
		List<String> headers = List.of(lines).subList(1, lines.length);
		ProxiedRequest withoutBody = new ProxiedRequest(requestLine[0], requestLine[1], headers, new byte[0]);
		if (withoutBody.header("transfer-encoding") != null) {
			throw new IOException("Chunked requests are not supported; the clients send Content-Length");
		}
		String length = withoutBody.header("content-length");
		int size = (length != null) ? Integer.parseInt(length.trim()) : 0;
		byte[] body = in.readNBytes(size);
		if (body.length < size) {
			throw new EOFException("The request body was cut off");
		}
		return new ProxiedRequest(requestLine[0], requestLine[1], headers, body);
	}

	/** The value of the first header of this name (any case), or null. */
	String header(String name) {
		for (String line : this.headers) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return null;
	}

	/** Whether this is a device's batch: a push of mutations, or an older app's sales. */
	boolean isBatch() {
		return this.method.equals("POST")
				&& (this.target.startsWith("/api/sync/push") || this.target.startsWith("/api/sales/bulk_create"));
	}

	/** The X-Device-Id of the caller, or null. */
	String deviceId() {
		return header("X-Device-Id");
	}

	/** The request as sent to the app: the same, but closing the connection after it. */
	byte[] encode() {
		StringBuilder head = new StringBuilder();
		head.append(this.method).append(' ').append(this.target).append(" HTTP/1.1\r\n");
		for (String line : this.headers) {
			int colon = line.indexOf(':');
			String name = (colon > 0) ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
			if (!HOP_BY_HOP.contains(name)) {
				head.append(line).append("\r\n");
			}
		}
		if (this.body.length > 0 || !this.method.equals("GET")) {
			head.append("Content-Length: ").append(this.body.length).append("\r\n");
		}
		head.append("Connection: close\r\n\r\n");
		byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = new byte[headBytes.length + this.body.length];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		System.arraycopy(this.body, 0, request, headBytes.length, this.body.length);
		return request;
	}

	/**
	 * Where the head of an HTTP message in these bytes ends (its length if it never
	 * does).
	 */
	static int headLength(byte[] message) {
		for (int i = 0; i + HEAD_END.length <= message.length; i++) {
			if (message[i] == '\r' && message[i + 1] == '\n' && message[i + 2] == '\r' && message[i + 3] == '\n') {
				return i + HEAD_END.length;
			}
		}
		return message.length;
	}

}
