package com.bidhaa.pos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Bidhaa POS: the REST API, the sync endpoints and the server of the offline PWA.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PosApplication {

	public static void main(String[] args) {
		SpringApplication.run(PosApplication.class, args);
	}

}
