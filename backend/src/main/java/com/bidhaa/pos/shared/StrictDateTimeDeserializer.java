package com.bidhaa.pos.shared;

import java.time.OffsetDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Date-times take ISO 8601 strings only, as the contract says: a JSON number is a wrong
 * type, never read as seconds since 1970 (which would let {@code edited_at: 42} win or
 * lose a customer edit). A year outside 1 to 9999 is an invalid value too
 * ({@link DateTimes}): PostgreSQL could not store it.
 */
class StrictDateTimeDeserializer extends ValueDeserializer<OffsetDateTime> {

	@Override
	public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
		}
		OffsetDateTime value = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
		if (value != null && !DateTimes.storable(value)) {
			throw InvalidFormatException.from(parser,
					"Date-times must lie between the years " + DateTimes.MIN_YEAR + " and " + DateTimes.MAX_YEAR,
					parser.getString(), OffsetDateTime.class);
		}
		return value;
	}

}
