package com.bidhaa.pos.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the real PostgreSQL test database. Every
 * test class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "pos.users.admin-username=" + TestApi.ADMIN,
				"pos.users.admin-password=" + TestApi.ADMIN_PASSWORD, "pos.security.lockout=2s",
				"pos.security.max-lockout=4s", "pos.web.max-request-bytes=256KB" })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface IntegrationTest {

}
