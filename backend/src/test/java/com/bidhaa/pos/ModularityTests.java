package com.bidhaa.pos;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Tests that the modules only depend on each other as their {@code package-info.java}
 * allows, with no cycle, and writes the module diagrams under
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PosApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldDocumentModules() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
