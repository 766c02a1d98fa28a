package com.bidhaa.pos.sync;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SyncWebConfiguration implements WebMvcConfigurer {

	private final DeviceCallInterceptor devices;

	SyncWebConfiguration(DeviceCallInterceptor devices) {
		this.devices = devices;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.devices).addPathPatterns("/api/**");
	}

}
