package com.bidhaa.pos.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a request it refuses before any servlet runs, such as an
 * encoded NUL or slash in the path) as problem+json instead of its HTML page. Modelled on
 * Tomcat's JsonErrorReportValve.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus resolved = HttpStatus.resolve(status);
		String title = (resolved != null) ? resolved.getReasonPhrase() : "Error";
		String code = (status == 404) ? ProblemTypes.NOT_FOUND
				: (status >= 500) ? ProblemTypes.INTERNAL_ERROR : ProblemTypes.MALFORMED_REQUEST;
		String body = "{\"type\":\"" + ProblemTypes.type(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"The request was refused before it reached the application: " + title
				+ ".\",\"code\":\"" + code + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is committed; nothing more to say
		}
	}

}
