package id.rancang.workshop.internal;

import id.rancang.workshop.AttendanceSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of workshop attendance (the time zone of workshop days). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttendanceSettings.class)
class AttendanceConfiguration {}
