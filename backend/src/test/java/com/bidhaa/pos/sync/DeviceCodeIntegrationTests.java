package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.Concurrently;
import com.bidhaa.pos.support.IntegrationTest;
import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;
import com.bidhaa.pos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the device codes that start sale numbers: T1, T2, … handed out by the server
 * in order of registration, and changed by a manager.
 */
@IntegrationTest
class DeviceCodeIntegrationTests {

	@LocalServerPort
	int port;

	TestApi manager;

	TestApi cashier;

	@BeforeEach
	void setUp() {
		this.manager = TestUsers.shared(this.port, "MANAGER");
		this.cashier = TestUsers.shared(this.port, "CASHIER");
	}

	@Test
	void shouldGiveEachNewDeviceTheNextTCodeInOrderOfRegistration() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		String firstCode = register(first).field("code");
		String secondCode = register(second).field("code");

		assertThat(firstCode).matches("T[1-9][0-9]*");
		assertThat(number(secondCode)).isGreaterThan(number(firstCode));
		assertThat(register(first).field("code")).as("a known device keeps its code").isEqualTo(firstCode);
		assertThat(this.cashier.get("/api/sync/devices/" + first).field("code")).isEqualTo(firstCode);
		assertThat(PushFixtures.till(this.manager, second).path("code").asString()).isEqualTo(secondCode);
	}

	@Test
	void shouldGiveCodeToDeviceFirstSeenThroughAnyCall() {
		UUID till = UUID.randomUUID();

		this.cashier.withHeaders(Map.of("X-Device-Id", till.toString())).get("/api/auth/me").expect(200);

		assertThat(this.cashier.get("/api/sync/devices/" + till).field("code")).matches("T[1-9][0-9]*");
	}

	@Test
	void shouldGiveDistinctCodesToDevicesRegisteringAtOnce() throws Exception {
		List<String> codes = Concurrently.together(8, () -> register(UUID.randomUUID()).field("code"));

		assertThat(codes).doesNotHaveDuplicates().allSatisfy((code) -> assertThat(code).matches("T[1-9][0-9]*"));
	}

	@Test
	void shouldLetManagerChangeCodeAndKeepEveryCodeOnceHeldForItsDevice() {
		UUID bar = UUID.randomUUID();
		UUID kitchen = UUID.randomUUID();
		String barsFirstCode = register(bar).field("code");
		register(kitchen);
		String chosen = "B" + UUID.randomUUID().toString().substring(0, 6);

		TestResponse changed = this.manager.put("/api/sync/devices/" + bar + "/code", Map.of("code", chosen));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.field("code")).isEqualTo(chosen.toUpperCase());
		assertThat(register(bar).field("code")).as("the device learns it when it registers")
			.isEqualTo(chosen.toUpperCase());
		assertProblem(this.manager.put("/api/sync/devices/" + kitchen + "/code", Map.of("code", chosen)), 409,
				"device-code-taken");
		assertProblem(this.manager.put("/api/sync/devices/" + kitchen + "/code", Map.of("code", barsFirstCode)), 409,
				"device-code-taken");
		assertThat(this.manager.put("/api/sync/devices/" + bar + "/code", Map.of("code", barsFirstCode)).status())
			.as("a device may go back to a code it held")
			.isEqualTo(200);
	}

	@Test
	void shouldSkipCodesManagersTookWhenHandingOutTheNext() {
		UUID till = UUID.randomUUID();
		long next = number(register(till).field("code")) + 1;

		this.manager.put("/api/sync/devices/" + till + "/code", Map.of("code", "T" + next)).expect(200);

		assertThat(number(register(UUID.randomUUID()).field("code"))).isGreaterThan(next);
	}

	@Test
	void shouldRefuseCodesThatAreNotShortLettersAndDigitsWithALetter() {
		UUID till = UUID.randomUUID();
		register(till);

		for (String code : List.of("2017", "CAFE", "be3f", "T-1", "T 1", "Tö")) {
			assertProblem(this.manager.put("/api/sync/devices/" + till + "/code", Map.of("code", code)), 400,
					"invalid-device-code");
		}
		for (String code : List.of("TILLNINE9", " ")) {
			assertProblem(this.manager.put("/api/sync/devices/" + till + "/code", Map.of("code", code)), 400,
					"validation-failed");
		}
		assertProblem(this.manager.put("/api/sync/devices/" + UUID.randomUUID() + "/code", Map.of("code", "BAR")), 404,
				"not-found");
	}

	@Test
	void shouldRefuseCashierChangingACode() {
		UUID till = UUID.randomUUID();
		String code = register(till).field("code");

		assertProblem(this.cashier.put("/api/sync/devices/" + till + "/code", Map.of("code", "MINE")), 403,
				"forbidden");
		assertThat(this.cashier.get("/api/sync/devices/" + till).field("code")).isEqualTo(code);
	}

	private TestResponse register(UUID device) {
		TestResponse registered = this.cashier.put("/api/sync/devices/" + device, Map.of("name", "Till"));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
		return registered;
	}

	private static long number(String code) {
		assertThat(code).matches("T[1-9][0-9]*");
		return Long.parseLong(code.substring(1));
	}

	private static void assertProblem(TestResponse answer, int status, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
	}

}
