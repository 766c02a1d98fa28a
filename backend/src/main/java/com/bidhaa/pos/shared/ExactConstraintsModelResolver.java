package com.bidhaa.pos.shared;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Objects;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

/**
 * Models schemas in snake_case and states each bean validation bound as exactly as the
 * server enforces it, where swagger-core understates it in OpenAPI 3.1 (issue 13): an
 * exclusive bound is an {@code exclusiveMinimum}, a positive integer has minimum 1, a
 * non-empty or non-blank value has minLength/minItems 1 (and a non-blank pattern), and
 * {@code @Digits} is a {@code multipleOf} with the bound its integer digits set.
 */
class ExactConstraintsModelResolver extends ModelResolver {

	/** JSON Schema's unanchored pattern for "has a character that is not whitespace". */
	static final String NOT_BLANK = "\\S";

	ExactConstraintsModelResolver(com.fasterxml.jackson.databind.ObjectMapper mapper) {
		super(mapper);
	}

	@Override
	@SuppressWarnings("rawtypes") // the signature swagger-core declares
	protected boolean applyBeanValidatorAnnotations(Schema property, Annotation[] annotations, Schema parent,
			boolean applyNotNullAnnotations) {
		boolean applied = super.applyBeanValidatorAnnotations(property, annotations, parent, applyNotNullAnnotations);
		if (property != null && annotations != null) {
			for (Annotation annotation : annotations) {
				exact(property, annotation);
			}
		}
		return applied;
	}

	private static void exact(Schema<?> property, Annotation annotation) {
		boolean integer = is(property, "integer");
		if (annotation instanceof Positive) {
			if (integer) {
				minimum(property, BigDecimal.ONE);
			}
			else {
				exclusiveMinimum(property, BigDecimal.ZERO);
			}
		}
		else if (annotation instanceof DecimalMin min && !min.inclusive()) {
			exclusiveMinimum(property, new BigDecimal(min.value()));
		}
		else if (annotation instanceof DecimalMax max && !max.inclusive()) {
			exclusiveMaximum(property, new BigDecimal(max.value()));
		}
		else if (annotation instanceof NotEmpty) {
			atLeastOne(property);
		}
		else if (annotation instanceof NotBlank) {
			atLeastOne(property);
			if (property.getPattern() == null) {
				property.setPattern(NOT_BLANK);
			}
		}
		else if (annotation instanceof Digits digits) {
			digits(property, digits);
		}
	}

	private static void atLeastOne(Schema<?> property) {
		if (is(property, "array")) {
			property.setMinItems(Math.max(1, Objects.requireNonNullElse(property.getMinItems(), 0)));
		}
		else {
			property.setMinLength(Math.max(1, Objects.requireNonNullElse(property.getMinLength(), 0)));
		}
	}

	/**
	 * Fractional digits as a multipleOf; integer digits as an exclusive bound of 10^n on
	 * each side, unless a tighter one is stated.
	 */
	private static void digits(Schema<?> property, Digits digits) {
		property.setMultipleOf(BigDecimal.ONE.scaleByPowerOfTen(-digits.fraction()));
		BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(digits.integer()).setScale(0);
		if (property.getMaximum() == null && property.getExclusiveMaximumValue() == null) {
			property.setExclusiveMaximumValue(limit);
		}
		if (property.getMinimum() == null && property.getExclusiveMinimumValue() == null) {
			property.setExclusiveMinimumValue(limit.negate());
		}
	}

	private static void minimum(Schema<?> property, BigDecimal value) {
		property.setExclusiveMinimum(null);
		property.setExclusiveMinimumValue(null);
		property.setMinimum(value);
	}

	private static void exclusiveMinimum(Schema<?> property, BigDecimal value) {
		property.setExclusiveMinimum(null);
		property.setMinimum(null);
		property.setExclusiveMinimumValue(value);
	}

	private static void exclusiveMaximum(Schema<?> property, BigDecimal value) {
		property.setExclusiveMaximum(null);
		property.setMaximum(null);
		property.setExclusiveMaximumValue(value);
	}

	private static boolean is(Schema<?> property, String type) {
		return type.equals(property.getType()) || (property.getTypes() != null && property.getTypes().contains(type));
	}

}
