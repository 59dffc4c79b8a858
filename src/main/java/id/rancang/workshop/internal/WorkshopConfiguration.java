package id.rancang.workshop.internal;

import id.rancang.workshop.WorkshopLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of the workshop module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkshopLimits.class)
class WorkshopConfiguration {}
