package com.bidhaa.pos.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.bidhaa.pos.corpus.GeneratedRequest.Caller;
import com.bidhaa.pos.corpus.GeneratedRequest.Category;
import com.bidhaa.pos.shared.ProblemTypes;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates bad requests for every operation of the contract ({@code openapi.yaml}): from
 * each operation's valid request it derives one request per fault, driven by what the
 * contract declares (path, query and header parameters with their types and bounds, and
 * the request body's schema, walked field by field). What the contract cannot say (who
 * may call what, which ids a client makes, the rules of docs/sync-protocol.md the schemas
 * do not express) is in the few tables below.
 */
final class MalformedRequestGenerator {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String CONTENT_TYPE = "Content-Type";

	private static final String APPLICATION_JSON = "application/json";

	private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

	/**
	 * Operations open to anyone: signing in (with the CSRF token) and getting that token.
	 */
	private static final Set<String> PUBLIC = Set.of("POST /api/auth/login", "GET /api/auth/csrf");

	/**
	 * PUTs under a client-made id: an id the server has never seen creates the record.
	 */
	private static final Set<String> UPSERTS = Set.of("PUT /api/customers/{id}", "PUT /api/sync/devices/{id}");

	/** Ids the client makes; an unknown one is new, not a reference to check. */
	private static final Set<String> CLIENT_MADE_IDS = Set.of("id", "device_id");

	/** docs/sync-protocol.md: a sold quantity and a stock adjustment are never zero. */
	private static final Set<String> NON_ZERO = Set.of("SaleRequestItem.quantity", "StockAdjustmentRequest.delta",
			"StockAdjustArgs.delta");

	/** docs/sync-protocol.md: a sale without items cannot be recorded. */
	private static final Set<String> NON_EMPTY = Set.of("SaleRequest.items");

	/**
	 * docs/sync-protocol.md: at most 500 sales or mutations a request, else 413
	 * batch-too-large.
	 */
	private static final Map<String, Integer> BATCH_LIMITS = Map.of("BulkCreateRequest.sales", 500,
			"PushRequest.mutations", 500);

	/**
	 * docs/sync-protocol.md: bulk_create and push answer 200 for a well-formed request
	 * and reject each bad sale or mutation inside it, so faults inside one are not bad
	 * requests (POST /api/sales takes a sale's, {@link #badMutations()} each kind's
	 * args).
	 */
	private static final Set<String> ANSWERED_PER_ITEM = Set.of("BulkCreateRequest.sales", "PushRequest.mutations");

	/** The push operation, whose mutations' args are walked kind by kind. */
	private static final String PUSH = "POST /api/sync/push";

	/**
	 * The args schema of each mutation kind (docs/sync-protocol.md); each must be one of
	 * the args the contract's PushMutation names.
	 */
	private static final Map<String, String> MUTATION_ARGS = new LinkedHashMap<>(
			Map.of("sale.record", "SaleRequest", "customer.upsert", "CustomerUpsertArgs", "product.create",
					"ProductCreateArgs", "product.update", "ProductUpdateArgs", "product.archive", "ProductRefArgs",
					"product.restore", "ProductRefArgs", "stock.adjust", "StockAdjustArgs"));

	/** Mutation kinds only managers and admins may push. */
	private static final Set<String> MANAGERS_MUTATIONS = Set.of("product.create", "product.update", "product.archive",
			"product.restore", "stock.adjust");

	private static final List<String> MALFORMED_UUIDS = List.of("not-a-uuid", "12345",
			"3f2a6c1e-8b7d-4e59-a1c4-5d6e7f8a9b0c0");

	/** A text that no pattern of the contract accepts (letters, spaces and symbols). */
	private static final String PATTERN_BREAKER = "call me <now>!";

	/** The default of pos.web.max-request-bytes (tests run with a lower limit). */
	private static final long DEFAULT_LIMIT = 2 * 1024 * 1024;

	private static byte[] gzipBomb;

	private final JsonNode contract;

	private final Shop shop;

	private final long maxRequestBytes;

	private final List<GeneratedRequest> requests = new ArrayList<>();

	MalformedRequestGenerator(JsonNode contract, Shop shop, long maxRequestBytes) {
		this.contract = contract;
		this.shop = shop;
		this.maxRequestBytes = maxRequestBytes;
	}

	/** Reads an OpenAPI document in YAML into a Jackson tree. */
	static JsonNode contract(Path yaml) {
		try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
			Object document = new Yaml().load(reader);
			return JSON.valueToTree(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every operation of the contract, in its order. */
	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.contract.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode spec = path.getValue().path(method);
				if (!spec.isMissingNode()) {
					operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), spec));
				}
			}
		}
		return operations;
	}

	/**
	 * The valid request each operation's faults are derived from, for every read and
	 * every operation with a body (writes without a body would consume their record).
	 */
	List<GeneratedRequest> validRequests() {
		List<GeneratedRequest> valid = new ArrayList<>();
		for (Operation operation : operations()) {
			if (operation.method().equals("GET") || operation.bodySchema().isPresent()) {
				Base base = base(operation);
				valid.add(new GeneratedRequest(operation.label() + " (valid)", null, base.caller(), operation.method(),
						base.path(), base.headers(), base.bytes(), false, 0, null));
			}
		}
		return valid;
	}

	/** The corpus: bad requests for every operation and path of the contract. */
	List<GeneratedRequest> badRequests() {
		this.requests.clear();
		for (Operation operation : operations()) {
			Base base = base(operation);
			credentials(base);
			roles(base);
			pathIds(base);
			queryParameters(base);
			headers(base);
			if (base.body() != null) {
				body(base);
			}
		}
		undeclaredMethods();
		return List.copyOf(this.requests);
	}

	/**
	 * Bad args of every mutation kind, each pushed alone in an otherwise valid push:
	 * answered 200 with that mutation rejected, its problem's status and code as the
	 * request's. The faults are derived from each kind's args schema as for a body.
	 */
	List<GeneratedRequest> badMutations() {
		this.requests.clear();
		Operation push = operations().stream()
			.filter((operation) -> operation.label().equals(PUSH))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + PUSH + " in the contract"));
		Set<String> declared = new HashSet<>();
		schema("PushMutation").path("properties")
			.path("args")
			.path("oneOf")
			.values()
			.forEach((args) -> declared.add(schemaName(args)));
		MUTATION_ARGS.forEach((name, argsSchema) -> {
			if (!declared.contains(argsSchema)) {
				throw new IllegalStateException(argsSchema + " of " + name + " is not an args of PushMutation");
			}
			ObjectNode body = this.shop.validBody("PushRequest");
			ObjectNode mutation = NODES.objectNode();
			mutation.put("id", UUID.randomUUID().toString());
			mutation.put("name", name);
			mutation.set("args", this.shop.validBody(argsSchema));
			body.set("mutations", NODES.arrayNode().add(mutation));
			Caller caller = MANAGERS_MUTATIONS.contains(name) ? Caller.MANAGER : Caller.CASHIER;
			Operation kind = new Operation(push.method(), push.template() + " " + name, push.spec());
			Base base = new Base(kind, caller, push.template(), Map.of(CONTENT_TYPE, APPLICATION_JSON), body);
			fields(base, argsSchema, schema(argsSchema), List.of("mutations", 0, "args"));
		});
		return List.copyOf(this.requests);
	}

	private Base base(Operation operation) {
		String path = operation.template();
		String collection = null;
		UUID id = null;
		if (path.contains("{id}")) {
			collection = collection(path);
			id = this.shop.existing(collection);
			path = path.replace("{id}", id.toString());
		}
		Map<String, String> headers = new LinkedHashMap<>();
		if (operation.parameters("header").anyMatch((parameter) -> name(parameter).equals("If-Match"))) {
			headers.put("If-Match", this.shop.etag(collection, id));
		}
		ObjectNode body = operation.bodySchema().map(this.shop::validBody).orElse(null);
		if (body != null) {
			headers.put(CONTENT_TYPE, APPLICATION_JSON);
		}
		return new Base(operation, caller(operation), path, headers, body);
	}

	// Credentials and roles

	private void credentials(Base base) {
		String label = base.operation().label();
		if (label.equals("POST /api/auth/login")) {
			draft(base, Category.MISSING_AUTH, "without the CSRF token").as(Caller.ANONYMOUS)
				.expect(403, ProblemTypes.CSRF_REJECTED);
			draft(base, Category.MISSING_AUTH, "with a forged CSRF token").header("X-XSRF-TOKEN", "forged")
				.expect(403, ProblemTypes.CSRF_REJECTED);
		}
		else if (!PUBLIC.contains(label)) {
			draft(base, Category.MISSING_AUTH, "without credentials").as(Caller.ANONYMOUS)
				.expect(401, ProblemTypes.UNAUTHENTICATED);
		}
		draft(base, Category.MISSING_AUTH, "with a forged bearer token").as(Caller.FORGED_TOKEN)
			.expect(401, ProblemTypes.UNAUTHENTICATED);
	}

	private void roles(Base base) {
		Operation operation = base.operation();
		if (PUBLIC.contains(operation.label())) {
			return;
		}
		Set<Caller> allowed = allowed(operation);
		for (Caller role : List.of(Caller.CASHIER, Caller.MANAGER)) {
			if (!allowed.contains(role)) {
				draft(base, Category.WRONG_ROLE, "as a " + role.name().toLowerCase(Locale.ROOT)).as(role)
					.expect(403, ProblemTypes.FORBIDDEN);
			}
		}
		if (operation.template().contains("{id}") && base.caller() == Caller.CASHIER) {
			UUID others = this.shop.ownedByAnother(collection(operation.template()));
			if (others != null) {
				draft(base, Category.WRONG_ROLE, "of another user, as a cashier")
					.path(operation.template().replace("{id}", others.toString()))
					.expect(0, null);
			}
		}
	}

	/**
	 * Who may call what, as SecurityConfiguration grants it and the contract's tags say:
	 * users are the admin's, sync status, conflicts and device codes the managers',
	 * catalogue and shop writes the managers'; everything else every signed-in role's.
	 */
	private static Set<Caller> allowed(Operation operation) {
		String path = operation.template();
		if (path.startsWith("/api/users")) {
			return EnumSet.of(Caller.ADMIN);
		}
		boolean write = !operation.method().equals("GET");
		if (path.equals("/api/sync/status") || path.startsWith("/api/sync/conflicts") || path.endsWith("/code")
				|| (path.startsWith("/api/products") && write) || (path.equals("/api/shop") && write)) {
			return EnumSet.of(Caller.MANAGER, Caller.ADMIN);
		}
		return EnumSet.of(Caller.CASHIER, Caller.MANAGER, Caller.ADMIN);
	}

	/** The least privileged caller that may send the operation's valid request. */
	private static Caller caller(Operation operation) {
		if (operation.label().equals("POST /api/auth/login")) {
			return Caller.SIGNED_OUT_BROWSER;
		}
		if (PUBLIC.contains(operation.label())) {
			return Caller.ANONYMOUS;
		}
		return allowed(operation).iterator().next();
	}

	// Path, query and header parameters

	private void pathIds(Base base) {
		String template = base.operation().template();
		if (!template.contains("{id}")) {
			return;
		}
		for (String malformed : MALFORMED_UUIDS) {
			draft(base, Category.MALFORMED_ID, "with id '" + malformed + "'").path(template.replace("{id}", malformed))
				.expect(400, ProblemTypes.INVALID_PARAMETER);
		}
		if (!UPSERTS.contains(base.operation().label())) {
			draft(base, Category.UNKNOWN_ID, "with an unknown id")
				.path(template.replace("{id}", UUID.randomUUID().toString()))
				.expect(404, ProblemTypes.NOT_FOUND);
		}
	}

	private void queryParameters(Base base) {
		Category numbers = base.operation().template().endsWith("/sync") ? Category.BAD_CURSOR : Category.BAD_PARAMETER;
		base.operation().parameters("query").forEach((parameter) -> {
			String name = name(parameter);
			JsonNode schema = parameter.path("schema");
			switch (schema.path("type").asString("")) {
				case "integer" -> integerParameter(base, name, schema, numbers);
				case "boolean" -> query(base, Category.BAD_PARAMETER, name, "maybe", 400);
				case "string" -> stringParameter(base, name, schema);
				default -> throw new IllegalStateException("No faults for query parameter " + name + " of "
						+ base.operation().label() + ": add them to the generator");
			}
		});
	}

	private void integerParameter(Base base, String name, JsonNode schema, Category category) {
		List<String> values = new ArrayList<>();
		if (schema.has("minimum")) {
			BigDecimal minimum = schema.path("minimum").decimalValue();
			values.add(minimum.subtract(BigDecimal.ONE).toPlainString());
			if (minimum.signum() > 0) {
				values.add("-1");
			}
		}
		if (schema.has("maximum")) {
			values.add(schema.path("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
		}
		values.addAll(List.of("abc", "99999999999", "1.5"));
		values.forEach((value) -> query(base, category, name, value, 400));
	}

	private void stringParameter(Base base, String name, JsonNode schema) {
		String format = schema.path("format").asString("");
		if (name.equals("last_sync")) {
			cursors(base);
		}
		if (format.equals("uuid")) {
			query(base, Category.MALFORMED_ID, name, "juma", 400);
			return;
		}
		if (format.equals("date-time")) {
			for (String value : List.of("notadate", "2026-13-01T00:00:00Z", "2026-11-21T10:00:00",
					"+300000-01-01T00:00:00Z")) {
				query(base, Category.BAD_PARAMETER, name, value, 400);
			}
			return;
		}
		if (schema.has("maxLength")) {
			query(base, Category.BAD_TEXT, name, "a".repeat(schema.path("maxLength").asInt() + 1), 400);
		}
		if (schema.has("default") || schema.has("enum") || isEnumProperty(name)) {
			query(base, Category.BAD_ENUM, name, "bogus", 400);
		}
		query(base, Category.NUL_BYTE, name, "su\u0000gar", 400);
	}

	/**
	 * Bad cursors for a pull (docs/sync-protocol.md: 400 invalid-cursor for a cursor this
	 * server did not give for this collection, 410 cursor-expired for one it can no
	 * longer serve). The format is opaque to clients; the test knows it to forge near
	 * misses.
	 */
	private void cursors(Base base) {
		String collection = base.operation().template().split("/")[2];
		String[] parts = new String(Base64.getUrlDecoder().decode(this.shop.cursor(collection)), StandardCharsets.UTF_8)
			.split("\\|");
		String epoch = parts[2];
		String id = parts[4];
		Map<String, String> invalid = new LinkedHashMap<>();
		invalid.put("garbage", "not a cursor!");
		invalid.put("base64 of garbage", base64("hello, world"));
		invalid.put("standard base64", Base64.getEncoder().encodeToString(new byte[] { -5, -1, -2, 0, 1 }));
		for (String other : List.of("products", "customers", "sales")) {
			if (!other.equals(collection)) {
				invalid.put("cursor of " + other, this.shop.cursor(other));
			}
		}
		invalid.put("cursor of version 1 format", base64("v1|" + collection + "|" + epoch + "|0|" + id));
		invalid.put("negative version", base64("v2|" + collection + "|" + epoch + "|-1|" + id));
		invalid.put("version not a number", base64("v2|" + collection + "|" + epoch + "|abc|" + id));
		invalid.put("id not a UUID", base64("v2|" + collection + "|" + epoch + "|0|not-a-uuid"));
		invalid.put("four parts", base64("v2|" + collection + "|" + epoch + "|0"));
		invalid.forEach((what, cursor) -> draft(base, Category.BAD_CURSOR, "last_sync " + what)
			.path(base.path() + "?last_sync=" + encode(cursor))
			.expect(400, ProblemTypes.INVALID_CURSOR));
		draft(base, Category.BAD_CURSOR, "last_sync of another database generation")
			.path(base.path() + "?last_sync="
					+ encode(base64("v2|" + collection + "|" + UUID.randomUUID() + "|0|" + id)))
			.expect(410, ProblemTypes.CURSOR_EXPIRED);
		draft(base, Category.BAD_CURSOR, "last_sync past the last version committed")
			.path(base.path() + "?last_sync="
					+ encode(base64("v2|" + collection + "|" + epoch + "|" + Long.MAX_VALUE + "|" + id)))
			.expect(410, ProblemTypes.CURSOR_EXPIRED);
		draft(base, Category.BAD_CURSOR, "last_sync of 10,000 characters")
			.path(base.path() + "?last_sync=" + "A".repeat(10_000))
			.expect(0, null);
	}

	private void headers(Base base) {
		base.operation().parameters("header").forEach((parameter) -> {
			String name = name(parameter);
			if (name.equals("If-Match")) {
				draft(base, Category.BAD_PARAMETER, "with a stale If-Match").header(name, "\"0\"")
					.expect(412, ProblemTypes.PRECONDITION_FAILED);
				draft(base, Category.BAD_PARAMETER, "with If-Match not a version").header(name, "W/\"abc\"")
					.expect(412, ProblemTypes.PRECONDITION_FAILED);
				draft(base, Category.BAD_PARAMETER, "without If-Match").header(name, null)
					.expect(428, ProblemTypes.PRECONDITION_REQUIRED);
			}
			else if (parameter.path("schema").path("format").asString("").equals("uuid")) {
				draft(base, Category.MALFORMED_ID, "with " + name + " 'till-1'").header(name, "till-1")
					.expect(400, ProblemTypes.INVALID_PARAMETER);
			}
			else {
				throw new IllegalStateException("No faults for header " + name + " of " + base.operation().label()
						+ ": add them to the generator");
			}
		});
	}

	private void query(Base base, Category category, String name, String value, int status) {
		draft(base, category, name + "=" + printable(value)).path(base.path() + "?" + name + "=" + encode(value))
			.expect(status, null);
	}

	// Bodies

	private void body(Base base) {
		byte[] valid = base.bytes();
		String text = new String(valid, StandardCharsets.UTF_8);
		String malformed = ProblemTypes.MALFORMED_REQUEST;
		draft(base, Category.BROKEN_JSON, "truncated in the middle").raw(Arrays.copyOf(valid, valid.length / 2))
			.expect(400, malformed);
		draft(base, Category.BROKEN_JSON, "without its closing brace").raw(Arrays.copyOf(valid, valid.length - 1))
			.expect(400, malformed);
		draft(base, Category.BROKEN_JSON, "with an empty body").raw(new byte[0]).expect(400, malformed);
		draft(base, Category.BROKEN_JSON, "with a second document after the JSON").raw(utf8(text + " " + text))
			.expect(400, malformed);
		for (String document : List.of("null", "[]", "\"text\"", "42", "true")) {
			draft(base, Category.BROKEN_JSON, "with body " + document).raw(utf8(document)).expect(400, malformed);
		}
		mediaTypes(base, valid);
		encodings(base, valid);
		oversize(base);
		String schema = base.operation().bodySchema().orElseThrow();
		fields(base, schema, schema(schema), List.of());
	}

	private void mediaTypes(Base base, byte[] valid) {
		String unsupported = ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
		draft(base, Category.CONTENT_TYPE, "as text/plain").header(CONTENT_TYPE, "text/plain").expect(415, unsupported);
		draft(base, Category.CONTENT_TYPE, "as a form").header(CONTENT_TYPE, "application/x-www-form-urlencoded")
			.raw(utf8("name=Rice+5kg&unit_price=16500"))
			.expect(415, unsupported);
		draft(base, Category.CONTENT_TYPE, "as multipart").header(CONTENT_TYPE, "multipart/form-data; boundary=corpus")
			.raw(utf8("--corpus\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nRice\r\n--corpus--\r\n"))
			.expect(415, unsupported);
		draft(base, Category.CONTENT_TYPE, "as XML").header(CONTENT_TYPE, "application/xml")
			.raw(utf8("<request/>"))
			.expect(415, unsupported);
		draft(base, Category.CONTENT_TYPE, "without Content-Type").header(CONTENT_TYPE, null)
			.raw(valid)
			.expect(415, unsupported);
	}

	private void encodings(Base base, byte[] valid) {
		byte[] bomb = gzipBomb();
		if (bomb.length >= this.maxRequestBytes) {
			throw new IllegalStateException("The gzip bomb must be smaller than the limit to test the inflated size");
		}
		draft(base, Category.CONTENT_ENCODING, "as a gzip bomb (" + bomb.length / 1024 + " KB inflating to 64 MB)")
			.header("Content-Encoding", "gzip")
			.raw(bomb)
			.expect(413, ProblemTypes.PAYLOAD_TOO_LARGE);
		draft(base, Category.CONTENT_ENCODING, "claiming gzip but plain").header("Content-Encoding", "gzip")
			.raw(valid)
			.expect(400, ProblemTypes.MALFORMED_REQUEST);
		draft(base, Category.CONTENT_ENCODING, "with Content-Encoding br").header("Content-Encoding", "br")
			.raw(valid)
			.expect(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
	}

	private void oversize(Base base) {
		byte[] oversize = bodyOf(this.maxRequestBytes + 1);
		draft(base, Category.OVERSIZE, "of limit + 1 bytes").raw(oversize).expect(413, ProblemTypes.PAYLOAD_TOO_LARGE);
		if (this.maxRequestBytes < DEFAULT_LIMIT) {
			draft(base, Category.OVERSIZE, "of 2 MB + 1 bytes").raw(bodyOf(DEFAULT_LIMIT + 1))
				.expect(413, ProblemTypes.PAYLOAD_TOO_LARGE);
		}
		if (base.caller() != Caller.SIGNED_OUT_BROWSER) {
			draft(base, Category.OVERSIZE, "of limit + 1 bytes, chunked").raw(oversize)
				.chunked()
				.expect(413, ProblemTypes.PAYLOAD_TOO_LARGE);
		}
	}

	/** A JSON object of exactly this many bytes. */
	private static byte[] bodyOf(long bytes) {
		String prefix = "{\"name\": \"";
		String suffix = "\"}";
		return utf8(prefix + "x".repeat((int) bytes - prefix.length() - suffix.length()) + suffix);
	}

	/** Faults of each field of an object of the schema at {@code at} in the body. */
	private void fields(Base base, String schemaName, JsonNode schema, List<Object> at) {
		Set<String> required = new HashSet<>();
		schema.path("required").values().forEach((name) -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			String name = property.getKey();
			JsonNode field = resolve(property.getValue());
			Field here = new Field(schemaName + "." + name, name, append(at, name), field);
			String type = field.path("type").asString("object");
			if (required.contains(name)) {
				mutate(base, Category.MISSING_FIELD, "without " + here.label(), here.path(), null).expect(400, null);
				mutate(base, Category.MISSING_FIELD, here.label() + " null", here.path(), NODES.nullNode()).expect(400,
						null);
			}
			wrongKinds(base, here, type);
			switch (type) {
				case "string" -> strings(base, here, required.contains(name));
				case "number", "integer" -> numbers(base, here, type.equals("integer"));
				case "array" -> arrays(base, here);
				case "boolean" -> {
				}
				case "object" -> objects(base, here, schemaName(property.getValue()));
				default -> throw new IllegalStateException("No faults for " + here.key() + " of type " + type);
			}
		}
		mutate(base, Category.UNKNOWN_FIELD, "with unknown field " + label(append(at, "colour")), append(at, "colour"),
				NODES.stringNode("white"))
			.expect(400, ProblemTypes.MALFORMED_REQUEST);
	}

	/** The value as every JSON type it is not: string, number, boolean, object, array. */
	private void wrongKinds(Base base, Field field, String type) {
		Map<String, JsonNode> kinds = new LinkedHashMap<>();
		String sample = switch (type) {
			case "number", "integer" -> "16500";
			case "boolean" -> "true";
			default -> "sugar";
		};
		kinds.put("string", NODES.stringNode(sample));
		kinds.put("number", NODES.numberNode(BigDecimal.valueOf(42)));
		kinds.put("boolean", NODES.booleanNode(true));
		kinds.put("object", NODES.objectNode().put("en", "Rice"));
		kinds.put("array", NODES.arrayNode().add("Rice"));
		String own = switch (type) {
			case "integer" -> "number";
			default -> type;
		};
		kinds.forEach((kind, value) -> {
			if (!kind.equals(own)) {
				mutate(base, Category.WRONG_TYPE, field.label() + " as "
						+ ((kind.equals("array") || kind.equals("object")) ? "an " : "a ") + kind, field.path(), value)
					.expect(400, ProblemTypes.MALFORMED_REQUEST);
			}
		});
	}

	private void strings(Base base, Field field, boolean required) {
		JsonNode schema = field.schema();
		String format = schema.path("format").asString("");
		if (schema.has("enum")) {
			String first = schema.path("enum").get(0).asString();
			String flipped = first.toUpperCase(Locale.ROOT).equals(first) ? first.toLowerCase(Locale.ROOT)
					: first.toUpperCase(Locale.ROOT);
			for (String value : List.of("bogus", flipped)) {
				mutate(base, Category.BAD_ENUM, field.label() + " '" + value + "'", field.path(),
						NODES.stringNode(value))
					.expect(400, ProblemTypes.MALFORMED_REQUEST);
			}
		}
		else if (format.equals("uuid")) {
			mutate(base, Category.MALFORMED_ID, field.label() + " 'not-a-uuid'", field.path(),
					NODES.stringNode("not-a-uuid"))
				.expect(400, ProblemTypes.MALFORMED_REQUEST);
			if (field.name().endsWith("_id") && !CLIENT_MADE_IDS.contains(field.name())) {
				mutate(base, Category.UNKNOWN_ID, field.label() + " unknown", field.path(),
						NODES.stringNode(UUID.randomUUID().toString()))
					.expect(422, null);
			}
		}
		else if (format.equals("date-time")) {
			for (String value : List.of("yesterday", "2026-13-01T00:00:00Z", "2026-11-21T09:58:12",
					"+300000-01-01T00:00:00Z")) {
				mutate(base, Category.BAD_TEXT, field.label() + " '" + value + "'", field.path(),
						NODES.stringNode(value))
					.expect(400, null);
			}
		}
		else if (format.equals("email")) {
			mutate(base, Category.BAD_TEXT, field.label() + " 'asha at home'", field.path(),
					NODES.stringNode("asha at home"))
				.expect(400, ProblemTypes.VALIDATION_FAILED);
		}
		else {
			mutate(base, Category.NUL_BYTE, field.label() + " with a NUL byte", field.path(),
					NODES.stringNode("Juma\u0000Said"))
				.expect(400, ProblemTypes.MALFORMED_REQUEST);
			if (schema.has("pattern")
					&& !Pattern.compile(schema.path("pattern").asString()).matcher(PATTERN_BREAKER).find()) {
				mutate(base, Category.BAD_TEXT, field.label() + " '" + PATTERN_BREAKER + "'", field.path(),
						NODES.stringNode(PATTERN_BREAKER))
					.expect(400, ProblemTypes.VALIDATION_FAILED);
			}
			if (required) {
				mutate(base, Category.MISSING_FIELD, field.label() + " blank", field.path(), NODES.stringNode("   "))
					.expect(400, ProblemTypes.VALIDATION_FAILED);
			}
		}
		if (schema.has("maxLength")) {
			int length = schema.path("maxLength").asInt() + 1;
			mutate(base, Category.BAD_TEXT, field.label() + " of " + length + " characters", field.path(),
					NODES.stringNode("x".repeat(length)))
				.expect(400, ProblemTypes.VALIDATION_FAILED);
		}
		if (schema.path("minLength").asInt() > 0) {
			int length = schema.path("minLength").asInt() - 1;
			mutate(base, Category.BAD_TEXT, field.label() + " of " + length + " characters", field.path(),
					NODES.stringNode("x".repeat(length)))
				.expect(400, ProblemTypes.VALIDATION_FAILED);
		}
	}

	private void numbers(Base base, Field field, boolean integer) {
		JsonNode schema = field.schema();
		Map<String, BigDecimal> outOfRange = new LinkedHashMap<>();
		if (schema.has("minimum")) {
			BigDecimal minimum = schema.path("minimum").decimalValue();
			outOfRange.put("below the minimum", minimum.subtract(BigDecimal.ONE));
			if (minimum.signum() == 0 && !integer) {
				outOfRange.put("a cent below zero", new BigDecimal("-0.01"));
			}
		}
		if (schema.has("maximum")) {
			outOfRange.put("above the maximum", schema.path("maximum").decimalValue().add(BigDecimal.ONE));
		}
		if (NON_ZERO.contains(field.key())) {
			outOfRange.put("zero", BigDecimal.ZERO);
		}
		if (!integer) {
			outOfRange.put("with four decimals", new BigDecimal("1.2345"));
		}
		for (Map.Entry<String, BigDecimal> value : outOfRange.entrySet()) {
			String shown = value.getValue().stripTrailingZeros().toPlainString();
			mutate(base, Category.OUT_OF_RANGE, field.label() + " " + value.getKey() + " (" + shown + ")", field.path(),
					NODES.numberNode(value.getValue()))
				.expect(400, null);
		}
		Map<String, JsonNode> huge = new LinkedHashMap<>();
		huge.put("1e400", NODES.numberNode(new BigDecimal("1e400")));
		huge.put("2^63", NODES.numberNode(BigInteger.TWO.pow(63)));
		if (integer && schema.path("format").asString("").equals("int32")) {
			huge.put("2^31", NODES.numberNode(BigInteger.TWO.pow(31)));
		}
		if (!integer && !schema.has("maximum")) {
			huge.put("of 13 integer digits, beyond NUMERIC(14,2)",
					NODES.numberNode(new BigDecimal("1000000000000.00")));
		}
		for (Map.Entry<String, JsonNode> value : huge.entrySet()) {
			mutate(base, Category.HUGE_NUMBER, field.label() + " " + value.getKey(), field.path(), value.getValue())
				.expect(400, null);
		}
		if (integer) {
			mutate(base, Category.WRONG_TYPE, field.label() + " as a fraction (1.5)", field.path(),
					NODES.numberNode(new BigDecimal("1.5")))
				.expect(400, ProblemTypes.MALFORMED_REQUEST);
		}
	}

	private void arrays(Base base, Field field) {
		JsonNode first = at(base.body(), append(field.path(), 0));
		Integer limit = field.schema().has("maxItems") ? Integer.valueOf(field.schema().path("maxItems").asInt())
				: BATCH_LIMITS.get(field.key());
		if (limit != null && first != null) {
			ArrayNode tooMany = NODES.arrayNode();
			for (int i = 0; i <= limit; i++) {
				tooMany.add(first.deepCopy());
			}
			boolean batch = BATCH_LIMITS.containsKey(field.key());
			mutate(base, Category.OUT_OF_RANGE, field.label() + " of " + (limit + 1) + " items", field.path(), tooMany)
				.expect(batch ? 413 : 400, batch ? ProblemTypes.BATCH_TOO_LARGE : ProblemTypes.VALIDATION_FAILED);
		}
		if (NON_EMPTY.contains(field.key())) {
			mutate(base, Category.MISSING_FIELD, field.label() + " empty", field.path(), NODES.arrayNode()).expect(400,
					ProblemTypes.VALIDATION_FAILED);
		}
		JsonNode items = field.schema().path("items");
		String itemSchema = schemaName(items);
		if (itemSchema == null || first == null || ANSWERED_PER_ITEM.contains(field.key())) {
			return;
		}
		List<Object> element = append(field.path(), 0);
		mutate(base, Category.MISSING_FIELD, label(element) + " null", element, NODES.nullNode()).expect(400, null);
		mutate(base, Category.WRONG_TYPE, label(element) + " as a string", element, NODES.stringNode("sugar"))
			.expect(400, ProblemTypes.MALFORMED_REQUEST);
		mutate(base, Category.WRONG_TYPE, label(element) + " as an array", element, NODES.arrayNode().add(1))
			.expect(400, ProblemTypes.MALFORMED_REQUEST);
		fields(base, itemSchema, schema(itemSchema), element);
	}

	/** Faults of each field of a nested object (a health report in a push). */
	private void objects(Base base, Field field, String schemaName) {
		if (schemaName == null || at(base.body(), field.path()) == null) {
			throw new IllegalStateException("No faults for " + field.key() + " of " + base.operation().label()
					+ ": give it a schema of its own and a value in the valid body");
		}
		fields(base, schemaName, field.schema(), field.path());
	}

	// Methods

	private void undeclaredMethods() {
		for (Map.Entry<String, JsonNode> path : this.contract.path("paths").properties()) {
			String template = path.getKey();
			String method = Stream.of("delete", "patch", "put", "post", "get")
				.filter((candidate) -> !path.getValue().has(candidate))
				.findFirst()
				.orElseThrow()
				.toUpperCase(Locale.ROOT);
			String resolved = template.contains("{id}")
					? template.replace("{id}", this.shop.existing(collection(template)).toString()) : template;
			this.requests.add(new GeneratedRequest(method + " " + template + " (not in the contract)", Category.METHOD,
					Caller.ADMIN, method, resolved, Map.of(), null, false, 405, ProblemTypes.METHOD_NOT_ALLOWED));
		}
	}

	// Helpers

	private Draft mutate(Base base, Category category, String what, List<Object> path, JsonNode value) {
		ObjectNode body = base.body().deepCopy();
		JsonNode parent = at(body, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (parent instanceof ObjectNode object) {
			if (value == null) {
				object.remove((String) last);
			}
			else {
				object.set((String) last, value);
			}
		}
		else if (parent instanceof ArrayNode array) {
			array.set((Integer) last, value);
		}
		else {
			throw new IllegalStateException("No " + label(path) + " in the valid body of " + base.operation().label());
		}
		return draft(base, category, what).raw(JSON.writeValueAsBytes(body));
	}

	private static JsonNode at(JsonNode root, List<Object> path) {
		JsonNode node = root;
		for (Object step : path) {
			node = (step instanceof Integer index) ? node.path(index) : node.path((String) step);
		}
		return node.isMissingNode() ? null : node;
	}

	private Draft draft(Base base, Category category, String what) {
		return new Draft(base, category, what);
	}

	private JsonNode schema(String name) {
		JsonNode schema = this.contract.path("components").path("schemas").path(name);
		if (schema.isMissingNode()) {
			throw new IllegalStateException("No schema " + name + " in the contract");
		}
		return schema;
	}

	private JsonNode resolve(JsonNode schema) {
		String name = schemaName(schema);
		return (name != null) ? schema(name) : schema;
	}

	private static String schemaName(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
	}

	private boolean isEnumProperty(String name) {
		for (Map.Entry<String, JsonNode> schema : this.contract.path("components").path("schemas").properties()) {
			if (schema.getValue().path("properties").path(name).has("enum")) {
				return true;
			}
		}
		return false;
	}

	private static String collection(String template) {
		List<String> segments = Arrays.asList(template.split("/"));
		return segments.get(segments.indexOf("{id}") - 1);
	}

	private static String name(JsonNode parameter) {
		return parameter.path("name").asString();
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return List.copyOf(longer);
	}

	private static String label(List<Object> path) {
		StringBuilder label = new StringBuilder();
		for (Object step : path) {
			if (step instanceof Integer index) {
				label.append('[').append(index).append(']');
			}
			else {
				label.append((label.length() > 0) ? "." : "").append(step);
			}
		}
		return label.toString();
	}

	private static String printable(String value) {
		String shown = value.replace("\u0000", "\\0");
		return (shown.length() > 40) ? "<" + shown.length() + " characters>" : shown;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(text));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A JSON body whose 64 MB of whitespace compress to some 64 KB: under the limit on
	 * the wire, far over it once inflated.
	 */
	private static synchronized byte[] gzipBomb() {
		if (gzipBomb == null) {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)) {
				gzip.write(utf8("{\"sales\": ["));
				byte[] spaces = new byte[1 << 20];
				Arrays.fill(spaces, (byte) ' ');
				for (int i = 0; i < 64; i++) {
					gzip.write(spaces);
				}
				gzip.write(utf8("]}"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			gzipBomb = compressed.toByteArray();
		}
		return gzipBomb;
	}

	/**
	 * What the test's shop provides: stored records to aim at, valid bodies, cursors.
	 */
	interface Shop {

		/**
		 * A stored record of the collection (the path segment before {@code {id}}) that
		 * the least privileged caller allowed may use.
		 */
		UUID existing(String collection);

		/** A stored record of the collection that the cashier does not own, or null. */
		UUID ownedByAnother(String collection);

		/** A fresh valid body of the schema. */
		ObjectNode validBody(String schema);

		/** The record's current ETag, for If-Match. */
		String etag(String collection, UUID id);

		/** A cursor the server gave for a pull of the collection. */
		String cursor(String collection);

	}

	/**
	 * One operation of the contract.
	 *
	 * @param method the HTTP method
	 * @param template the path template
	 * @param spec the operation object
	 */
	record Operation(String method, String template, JsonNode spec) {

		String label() {
			return this.method + " " + this.template;
		}

		Optional<String> bodySchema() {
			JsonNode schema = this.spec.path("requestBody").path("content").path(APPLICATION_JSON).path("schema");
			return Optional.ofNullable(schemaName(schema));
		}

		Stream<JsonNode> parameters(String in) {
			return this.spec.path("parameters").valueStream().filter((p) -> p.path("in").asString("").equals(in));
		}

	}

	/**
	 * An operation's valid request.
	 */
	private record Base(Operation operation, Caller caller, String path, Map<String, String> headers, ObjectNode body) {

		byte[] bytes() {
			return (this.body != null) ? JSON.writeValueAsBytes(this.body) : null;
		}

	}

	/**
	 * A field of the body.
	 *
	 * @param key {@code Schema.property}, for the tables above
	 * @param name the property name
	 * @param path where it is in the body
	 * @param schema its schema
	 */
	private record Field(String key, String name, List<Object> path, JsonNode schema) {

		String label() {
			return MalformedRequestGenerator.label(this.path);
		}

	}

	/** A bad request being made from a valid one. */
	private final class Draft {

		private final String name;

		private final Category category;

		private Caller caller;

		private final String method;

		private String path;

		private final Map<String, String> headers;

		private byte[] body;

		private boolean chunked;

		Draft(Base base, Category category, String what) {
			this.name = base.operation().label() + " " + what;
			this.category = category;
			this.caller = base.caller();
			this.method = base.operation().method();
			this.path = base.path();
			this.headers = new LinkedHashMap<>(base.headers());
			this.body = base.bytes();
		}

		Draft as(Caller caller) {
			this.caller = caller;
			return this;
		}

		Draft path(String path) {
			this.path = path;
			return this;
		}

		/** Sets a header, or removes it when the value is null. */
		Draft header(String name, String value) {
			if (value == null) {
				this.headers.remove(name);
			}
			else {
				this.headers.put(name, value);
			}
			return this;
		}

		Draft raw(byte[] body) {
			this.body = body;
			return this;
		}

		Draft chunked() {
			this.chunked = true;
			return this;
		}

		void expect(int status, String code) {
			MalformedRequestGenerator.this.requests.add(new GeneratedRequest(this.name, this.category, this.caller,
					this.method, this.path, Map.copyOf(this.headers), this.body, this.chunked, status, code));
		}

	}

	/** The number of requests by category, for the report. */
	static Map<Category, Long> countByCategory(List<GeneratedRequest> requests) {
		return requests.stream()
			.collect(Collectors.groupingBy(GeneratedRequest::category, () -> new EnumMap<>(Category.class),
					Collectors.counting()));
	}

}
