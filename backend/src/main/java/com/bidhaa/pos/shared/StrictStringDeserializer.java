package com.bidhaa.pos.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text fields take JSON strings only (42 or true for a name is a wrong type, not "42"),
 * and never a NUL character, which PostgreSQL cannot store.
 */
class StrictStringDeserializer extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			return (String) context.handleUnexpectedToken(String.class, parser);
		}
		String value = parser.getString();
		if (value.indexOf('\u0000') >= 0) {
			throw InvalidFormatException.from(parser, "Text may not contain a NUL character", value, String.class);
		}
		return value;
	}

}
