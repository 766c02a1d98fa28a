package com.bidhaa.pos.shared;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.bidhaa.pos.support.StoredRows;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One bad request and the problem it must be answered with.
 *
 * @param name what is wrong with the request, as failures report it
 * @param request sends the request
 * @param status the expected status
 * @param code the expected problem code
 * @param field the snake_case field the {@code errors} list must name, or null
 * @param more further checks of the answer
 */
record ProblemCase(String name, Function<TestApi, TestResponse> request, int status, String code, String field,
		BiConsumer<SoftAssertions, JsonNode> more) {

	/** No further checks. */
	static final BiConsumer<SoftAssertions, JsonNode> NOTHING_MORE = (softly, problem) -> {
	};

	/**
	 * A request with a body (a map as JSON, a String or bytes as they are) and headers.
	 */
	static ProblemCase of(String name, String method, String path, Object body, Map<String, String> headers, int status,
			String code) {
		return new ProblemCase(name, (api) -> api.send(method, path, body, headers), status, code, null, NOTHING_MORE);
	}

	/** A JSON request answered 400 malformed-request. */
	static ProblemCase malformed(String name, String method, String path, Object body) {
		return of(name, method, path, body, Map.of(), 400, ProblemTypes.MALFORMED_REQUEST);
	}

	/** A JSON request answered 400 validation-failed naming the field. */
	static ProblemCase invalid(String name, String method, String path, Object body, String field) {
		return of(name, method, path, body, Map.of(), 400, ProblemTypes.VALIDATION_FAILED).naming(field);
	}

	/** A request without body answered with the status and code. */
	static ProblemCase get(String name, String path, int status, String code) {
		return of(name, "GET", path, null, Map.of(), status, code);
	}

	/**
	 * Sends every request and checks every answer, then checks that the stored rows are
	 * as they were; reports all failures at once.
	 */
	static void assertAnsweredStoringNothing(TestApi api, List<ProblemCase> cases) {
		Map<String, String> before = StoredRows.checksums();
		SoftAssertions softly = new SoftAssertions();
		cases.forEach((problemCase) -> problemCase.check(api, softly));
		softly.assertThat(StoredRows.checksums()).as("stored rows after " + cases).isEqualTo(before);
		softly.assertAll();
	}

	ProblemCase naming(String field) {
		return new ProblemCase(this.name, this.request, this.status, this.code, field, this.more);
	}

	ProblemCase andThat(BiConsumer<SoftAssertions, JsonNode> more) {
		return new ProblemCase(this.name, this.request, this.status, this.code, this.field, more);
	}

	/** Sends the request and checks the answer, recording every failure. */
	void check(TestApi api, SoftAssertions softly) {
		TestResponse response = this.request.apply(api);
		String what = this.name + " -> " + response;
		JsonNode problem = json(response);
		softly.assertThat(response.status()).as(what).isEqualTo(this.status);
		softly.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
		softly.assertThat(problem.path("code").asString("")).as(what).isEqualTo(this.code);
		if (this.field != null) {
			softly.assertThat(problem.path("errors").valueStream().map((error) -> error.path("field").asString()))
				.as(what)
				.contains(this.field);
		}
		this.more.accept(softly, problem);
	}

	private static JsonNode json(TestResponse response) {
		try {
			JsonNode json = response.json();
			return (json != null) ? json : MissingNode.getInstance();
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
