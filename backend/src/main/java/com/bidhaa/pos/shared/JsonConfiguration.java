package com.bidhaa.pos.shared;

import java.time.OffsetDateTime;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict JSON: a wrong type is a 400, never silently coerced ("3" for a number, 0 for an
 * enum, 42 for a name, 1.5 for a sequence number, 42 for a date-time).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return (builder) -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.addModule(new SimpleModule("strict-scalars").addDeserializer(String.class, new StrictStringDeserializer())
				.addDeserializer(OffsetDateTime.class, new StrictDateTimeDeserializer()));
	}

}
