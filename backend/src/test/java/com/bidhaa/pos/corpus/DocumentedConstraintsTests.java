package com.bidhaa.pos.corpus;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every bean validation bound of a record the contract ({@code openapi.yaml})
 * has a schema for is documented there as the server enforces it (issue 13): the other
 * half of the bounds test, which meets each documented bound from both sides but cannot
 * see a bound the document leaves out.
 */
class DocumentedConstraintsTests {

	private static final JsonNode SCHEMAS = MalformedRequestGenerator.contract(Path.of("..", "openapi.yaml"))
		.path("components")
		.path("schemas");

	@Test
	void shouldDocumentEveryValidationBoundOfTheRequestRecords() throws Exception {
		List<String> checked = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Class<?> type : records()) {
			Schema named = type.getAnnotation(Schema.class);
			String name = (named != null && !named.name().isEmpty()) ? named.name() : type.getSimpleName();
			JsonNode schema = SCHEMAS.path(name);
			if (schema.isMissingNode()) {
				continue;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				Field field = type.getDeclaredField(component.getName());
				JsonNode property = schema.path("properties").path(snakeCase(component.getName()));
				for (Annotation constraint : field.getAnnotations()) {
					String problem = check(constraint, property);
					String where = name + "." + snakeCase(component.getName()) + " @"
							+ constraint.annotationType().getSimpleName();
					if (problem != null) {
						wrong.add(where + ": " + problem + " in " + property);
					}
					else if (constraint.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
						checked.add(where);
					}
				}
			}
		}
		assertThat(wrong).as("bounds the server enforces that openapi.yaml does not state exactly").isEmpty();
		assertThat(checked).as("bounds checked")
			.contains("SaleRequestItem.quantity @DecimalMin", "SaleRequest.items @NotEmpty",
					"SaleRequest.device_seq @Positive", "ProductRequest.sku @NotBlank");
	}

	/** What is wrong with the property's schema for the constraint, or null. */
	private static String check(Annotation constraint, JsonNode property) {
		boolean array = property.path("type").asString("").equals("array");
		String min = array ? "minItems" : "minLength";
		String max = array ? "maxItems" : "maxLength";
		if (constraint instanceof Size size) {
			return first(
					(size.max() != Integer.MAX_VALUE) ? equal(property, max, BigDecimal.valueOf(size.max())) : null,
					(size.min() > 0) ? atLeast(property, min, size.min()) : null);
		}
		if (constraint instanceof Min minimum) {
			return equal(property, "minimum", BigDecimal.valueOf(minimum.value()));
		}
		if (constraint instanceof Max maximum) {
			return equal(property, "maximum", BigDecimal.valueOf(maximum.value()));
		}
		if (constraint instanceof DecimalMin minimum) {
			return equal(property, minimum.inclusive() ? "minimum" : "exclusiveMinimum",
					new BigDecimal(minimum.value()));
		}
		if (constraint instanceof DecimalMax maximum) {
			return equal(property, maximum.inclusive() ? "maximum" : "exclusiveMaximum",
					new BigDecimal(maximum.value()));
		}
		if (constraint instanceof Positive) {
			return property.path("type").asString("").equals("integer") ? equal(property, "minimum", BigDecimal.ONE)
					: equal(property, "exclusiveMinimum", BigDecimal.ZERO);
		}
		if (constraint instanceof PositiveOrZero) {
			return equal(property, "minimum", BigDecimal.ZERO);
		}
		if (constraint instanceof Digits digits) {
			return equal(property, "multipleOf", BigDecimal.ONE.scaleByPowerOfTen(-digits.fraction()));
		}
		if (constraint instanceof NotBlank) {
			return first(atLeast(property, "minLength", 1), property.has("pattern") ? null : "no pattern");
		}
		if (constraint instanceof NotEmpty) {
			return atLeast(property, min, 1);
		}
		if (constraint instanceof Pattern pattern) {
			return pattern.regexp().equals(property.path("pattern").asString(null)) ? null
					: "pattern is not " + pattern.regexp();
		}
		if (constraint instanceof Email) {
			return property.path("format").asString("").equals("email") ? null : "format is not email";
		}
		return null;
	}

	private static String equal(JsonNode property, String keyword, BigDecimal value) {
		return (property.has(keyword) && property.path(keyword).decimalValue().compareTo(value) == 0) ? null
				: keyword + " is not " + value.toPlainString();
	}

	private static String atLeast(JsonNode property, String keyword, int value) {
		return (property.path(keyword).asInt(0) >= value) ? null : keyword + " is below " + value;
	}

	private static String first(String... problems) {
		for (String problem : problems) {
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static List<Class<?>> records() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
		List<Class<?>> records = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.bidhaa.pos")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
			if (!type.getName().contains(".corpus.") && type.getProtectionDomain().getCodeSource() != null
					&& !type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
				records.add(type);
			}
		}
		return records;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
