package com.bidhaa.pos.faults;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bidhaa.pos.support.TestApi;
import com.bidhaa.pos.support.TestResponse;

/**
 * A customer edit that gives a field the value it already has must still beat an older
 * edit of that field arriving after it (docs/sync-protocol.md, conflicts: "the later
 * edited_at wins, the other value is recorded"). The run's random edits never repeat a
 * value, so this order is pushed on purpose, straight to the app, after the run: till A
 * creates a customer with phone P1 at 10:00:00 and confirms P1 at 10:00:03; till B,
 * offline since before, then pushes its edit to P2 made at 10:00:02. The phone must stay
 * P1 (and B's P2 be recorded as a customer-edit conflict).
 */
final class RepeatedValueEdit {

	private static final String FIRST = "+255 700 000001";

	private static final String OLDER = "+255 700 000002";

	private RepeatedValueEdit() {
	}

	/** What went wrong, one line each; empty when the later edit won. */
	static List<String> check(TestApi app) {
		UUID tillA = UUID.randomUUID();
		UUID tillB = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		OffsetDateTime ten = OffsetDateTime.of(2026, 12, 8, 10, 0, 0, 0, ZoneOffset.ofHours(3));
		String created = push(app, tillA, customer, ten, Map.of("name", "Asha Mussa", "phone", FIRST));
		String confirmed = push(app, tillA, customer, ten.plusSeconds(3), Map.of("phone", FIRST));
		String older = push(app, tillB, customer, ten.plusSeconds(2), Map.of("phone", OLDER));
		TestResponse stored = app.get("/api/customers/" + customer).expect(200);
		String phone = stored.json().path("phone").asString();
		if (FIRST.equals(phone)) {
			return List.of();
		}
		return List.of(("Customer %s: till A created it with phone %s at 10:00:00+03:00 (%s) and set the phone to %s"
				+ " again at 10:00:03 (%s); till B then pushed phone %s edited at 10:00:02 (%s): the phone is now %s,"
				+ " the older edit won and no conflict names the later one")
			.formatted(customer, FIRST, created, FIRST, confirmed, OLDER, older, phone));
	}

	/**
	 * One customer.upsert pushed by a till; answers the status and the phone answered.
	 */
	private static String push(TestApi app, UUID till, UUID customer, OffsetDateTime editedAt,
			Map<String, String> fields) {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("id", customer);
		args.put("edited_at", editedAt.toString());
		args.putAll(fields);
		Map<String, Object> mutation = Map.of("id", UUID.randomUUID(), "name", "customer.upsert", "args", args);
		TestResponse answer = app.post("/api/sync/push", Map.of("device_id", till, "mutations", List.of(mutation)))
			.expect(200);
		var result = answer.json().path("results").get(0);
		return result.path("status").asString() + ", phone " + result.path("record").path("phone").asString()
				+ ", conflicts " + result.path("conflicts");
	}

}
