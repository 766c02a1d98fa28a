package com.bidhaa.pos.users;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bidhaa.pos.support.AppProcess;
import com.bidhaa.pos.support.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FirstAdminInitializer} on a fresh embedded database with no admin
 * password configured: a random password is printed once, works, and is not printed again
 * at the next start.
 */
class FirstAdminIntegrationTests {

	private static final Pattern PRINTED = Pattern
		.compile("First admin created: username '([^']+)', password '([^']+)'");

	@TempDir
	Path workDir;

	private static long printedLines(Path log) throws java.io.IOException {
		try (var lines = Files.lines(log)) {
			return lines.filter((line) -> PRINTED.matcher(line).find()).count();
		}
	}

	@Test
	void shouldPrintGeneratedPasswordOnceAndLetItSignIn() throws Exception {
		Path log = Files.createDirectories(Path.of("target", "first-admin-tests")).resolve(UUID.randomUUID() + ".log");
		try (AppProcess app = AppProcess.start(this.workDir, log, List.of("--pos.users.admin-password="))) {
			Matcher printed = PRINTED.matcher(Files.readString(log));
			assertThat(printed.find()).as("the log names the generated password").isTrue();
			assertThat(printed.group(2)).hasSizeGreaterThanOrEqualTo(16);

			assertThat(TestApi.browser(app.port()).login(printed.group(1), printed.group(2)).status()).isEqualTo(200);
		}
		long before = printedLines(log);
		try (AppProcess app = AppProcess.start(this.workDir, log, List.of("--pos.users.admin-password="))) {
			assertThat(TestApi.anonymous(app.port()).get("/actuator/health").status()).isEqualTo(200);
			assertThat(printedLines(log)).as("no second admin, no second password").isEqualTo(before).isEqualTo(1);
		}
	}

}
