package com.bidhaa.pos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A half's results in the JSON format shared with the browser benchmark, which
 * {@link BenchReport} renders.
 *
 * @param title the half's title
 * @param machine what it ran on
 * @param notes free text lines: sizes, method, caveats
 * @param rows the figures
 */
record ResultsFile(String title, Machine machine, List<String> notes, List<ResultRow> rows) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	void write(Path file) throws IOException {
		Files.write(file, JSON.writeValueAsBytes(this));
	}

}
