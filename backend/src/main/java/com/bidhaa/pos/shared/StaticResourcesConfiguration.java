package com.bidhaa.pos.shared;

import java.time.Duration;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The PWA's hashed build files never change under a name, so browsers may keep them for a
 * year; the service worker is revalidated on every fetch so a new release is found at
 * once; icons change rarely and may be kept for a day; everything else (index.html above
 * all) keeps Spring Security's no-store. The files come from the configured static
 * locations, so a deployment (or an end-to-end test) may serve a build from a folder.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	private final String[] locations;

	StaticResourcesConfiguration(
			@Value("${spring.web.resources.static-locations:classpath:/static/}") String[] locations) {
		this.locations = Arrays.stream(locations)
			.map((location) -> location.endsWith("/") ? location : location + "/")
			.toArray(String[]::new);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(under("assets/"))
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/sw.js")
			.addResourceLocations(this.locations)
			.setCacheControl(CacheControl.noCache());
		registry.addResourceHandler("/icons/**")
			.addResourceLocations(under("icons/"))
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	private String[] under(String folder) {
		return Arrays.stream(this.locations).map((location) -> location + folder).toArray(String[]::new);
	}

}
