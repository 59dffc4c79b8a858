package id.rancang.monitoring.rules;

import java.math.BigDecimal;

/**
 * The achievement of an indicator in one year: its target, the realisation (null when missing), the
 * achievement percent and band (null when not computable, {@code reason} then says why, see {@link
 * Achievement}), whether the realisation is on pace (null when missing) and the {@code expected}
 * value on the straight line from baseline to end target that it is compared with.
 */
public record YearAchievement(
    int year,
    BigDecimal target,
    BigDecimal realisation,
    BigDecimal achievementPercent,
    Band band,
    Boolean onPace,
    BigDecimal expected,
    String reason) {}
