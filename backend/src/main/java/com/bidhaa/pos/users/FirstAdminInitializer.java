package com.bidhaa.pos.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin when the database has no user, so a fresh install can be signed
 * in to.
 */
@Component
class FirstAdminInitializer implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(FirstAdminInitializer.class);

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final UsersProperties properties;

	private final Clock clock;

	FirstAdminInitializer(UserRepository users, PasswordEncoder encoder, UsersProperties properties, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		String username = Usernames.normalize(this.properties.adminUsername());
		boolean generated = !StringUtils.hasText(this.properties.adminPassword());
		String password = generated ? randomPassword() : this.properties.adminPassword();
		try {
			this.users.saveAndFlush(new User(username, "Administrator", this.encoder.encode(password), Role.ADMIN,
					this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another instance created the first admin first.");
			return;
		}
		if (generated) {
			log.warn("""

					==========================================================
					 First admin created: username '%s', password '%s'
					 This password is shown only once. Sign in and change it,
					 or set BIDHAA_ADMIN_PASSWORD before the first start.
					==========================================================""".formatted(username, password));
		}
		else {
			log.info("First admin '" + username + "' created from BIDHAA_ADMIN_PASSWORD.");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
