package com.bidhaa.pos.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts request bodies sent with {@code Content-Encoding: gzip} (a device pushing a
 * large batch over a slow line). It runs before the size limit, which therefore counts
 * the bytes after decompression. A body that is not gzip is a 400 when read; another
 * encoding is 415.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class GzipRequestFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	GzipRequestFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
		if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
			chain.doFilter(request, response);
			return;
		}
		if (!encoding.trim().equalsIgnoreCase("gzip")) {
			this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported content encoding",
					"Request bodies may be sent as they are or with Content-Encoding: gzip.");
			return;
		}
		chain.doFilter(new GunzippedRequest(request), response);
	}

	private static final class GunzippedRequest extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		GunzippedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new GunzippedInputStream(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public String getHeader(String name) {
			return isLength(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isLength(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		private static boolean isLength(String name) {
			return HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
					|| HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(name);
		}

	}

	/**
	 * Opens the gzip stream on first read, so a body that is not gzip fails while it is
	 * read (a 400).
	 */
	private static final class GunzippedInputStream extends ServletInputStream {

		private final ServletInputStream compressed;

		private InputStream plain;

		private boolean finished;

		GunzippedInputStream(ServletInputStream compressed) {
			this.compressed = compressed;
		}

		private InputStream plain() throws IOException {
			if (this.plain == null) {
				this.plain = new GZIPInputStream(this.compressed, 8192);
			}
			return this.plain;
		}

		@Override
		public int read() throws IOException {
			int b = plain().read();
			this.finished = b < 0;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = plain().read(buffer, offset, length);
			this.finished = n < 0;
			return n;
		}

		@Override
		public boolean isFinished() {
			return this.finished;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new IllegalStateException("Gzip request bodies are read blocking");
		}

	}

}
