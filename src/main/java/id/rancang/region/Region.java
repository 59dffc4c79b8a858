package id.rancang.region;

import java.math.BigDecimal;

/** A region as other modules and pages read it. */
public record Region(
    long id,
    String code,
    String name,
    RegionType type,
    String province,
    String capital,
    BigDecimal areaKm2,
    Long population,
    Integer populationYear,
    String populationSource,
    boolean hasLogo,
    int version) {}
