package id.rancang.workshop;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where workshops take place in time: {@code rancang.workshop.zone} (default Asia/Jakarta, WIB). A
 * workshop day runs from midnight to midnight in this zone; check-in by QR code is open on that day
 * only, and check-in times are shown in it.
 */
@ConfigurationProperties("rancang.workshop")
public record AttendanceSettings(@DefaultValue("Asia/Jakarta") ZoneId zone) {}
