package com.bidhaa.pos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.bidhaa.pos.support.TestApi;

import tools.jackson.databind.JsonNode;

/**
 * One results file as a report section: when and on what it was measured, its notes, and
 * a table per group in which each row is compared with its group's baseline. Knows
 * nothing of either benchmark, so the browser's rows render as the server's do.
 */
final class ResultsSection {

	private ResultsSection() {
	}

	static String render(Path file, String fallbackTitle, String skipFlag) throws IOException {
		if (!Files.isRegularFile(file)) {
			return "## %s%n%nNo results: `%s` was not written (that half was skipped with `%s`, or failed).%n%n"
				.formatted(fallbackTitle, file.getFileName(), skipFlag);
		}
		JsonNode results = TestApi.JSON.readTree(file.toFile());
		StringBuilder text = new StringBuilder();
		text.append("## ").append(results.path("title").asString(fallbackTitle)).append("\n\n");
		Instant written = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MINUTES);
		text.append("Measured ")
			.append(written)
			.append(" on ")
			.append(machine(results.path("machine")))
			.append(".\n\n");
		for (JsonNode note : results.path("notes")) {
			text.append("- ").append(note.asString()).append('\n');
		}
		text.append('\n');
		groups(results.path("rows")).forEach((group, rows) -> table(text, group, rows));
		return text.toString();
	}

	private static String machine(JsonNode machine) {
		List<String> parts = new ArrayList<>();
		parts.add(machine.path("cpu").asString("unknown CPU"));
		if (machine.path("cores").isNumber()) {
			parts.add(machine.path("cores").asInt() + " cores");
		}
		for (String field : List.of("memory", "os")) {
			if (machine.path(field).isString()) {
				parts.add(machine.path(field).asString());
			}
		}
		for (String field : List.of("java", "postgresql", "chromium")) {
			if (machine.path(field).isString()) {
				parts.add(Figures.capitalized(field).replace("Postgresql", "PostgreSQL") + " "
						+ machine.path(field).asString());
			}
		}
		return String.join(", ", parts);
	}

	private static Map<String, List<JsonNode>> groups(JsonNode rows) {
		Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
		for (JsonNode row : rows) {
			groups.computeIfAbsent(row.path("group").asString(""), (key) -> new ArrayList<>()).add(row);
		}
		return groups;
	}

	private static void table(StringBuilder text, String group, List<JsonNode> rows) {
		text.append("### ").append(group).append("\n\n");
		text.append("| Benchmark | Median | Min – max | Runs | Against the baseline |\n");
		text.append("| --- | ---: | ---: | ---: | --- |\n");
		Map<String, JsonNode> byName = rows.stream()
			.collect(Collectors.toMap((row) -> row.path("name").asString(), (row) -> row, (a, b) -> a));
		for (JsonNode row : rows) {
			String unit = row.path("unit").asString("");
			text.append("| ")
				.append(cell(row.path("name").asString()))
				.append(" | ")
				.append(Figures.number(row.path("median").asDouble()))
				.append(' ')
				.append(unit)
				.append(" | ")
				.append(Figures.number(row.path("min").asDouble()))
				.append(" – ")
				.append(Figures.number(row.path("max").asDouble()))
				.append(" | ")
				.append(StreamSupport.stream(row.path("runs").spliterator(), false).count())
				.append(" | ")
				.append(comparison(row, byName))
				.append(" |\n");
		}
		text.append('\n');
	}

	private static String comparison(JsonNode row, Map<String, JsonNode> byName) {
		JsonNode baseline = row.path("baseline");
		if (!baseline.isString()) {
			return "baseline";
		}
		JsonNode base = byName.get(baseline.asString());
		if (base == null || base.path("median").asDouble() == 0) {
			return "no baseline row named " + cell(baseline.asString());
		}
		double ratio = row.path("median").asDouble() / base.path("median").asDouble();
		return Figures.ratio(ratio, row.path("higher_is_better").asBoolean(true), row.path("unit").asString(""));
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
