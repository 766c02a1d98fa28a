package com.bidhaa.pos.shared;

/**
 * Where the shop's change versions stand.
 *
 * @param latest the last version committed
 * @param epoch the database's generation; a restored backup gets a new one
 */
public record VersionState(long latest, String epoch) {
}
