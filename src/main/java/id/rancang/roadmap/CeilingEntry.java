package id.rancang.roadmap;

import java.math.BigDecimal;

/** The most a scenario lets the programmes spend from one funding source in one year, rupiah. */
public record CeilingEntry(Integer year, String source, BigDecimal amount) {}
