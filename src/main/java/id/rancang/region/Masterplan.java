package id.rancang.region;

import java.time.LocalDate;

/** The shell of a region's 10-year smart-city masterplan; later modules fill it. */
public record Masterplan(
    long id,
    long regionId,
    String title,
    int startYear,
    int endYear,
    MasterplanStatus status,
    String regulationNumber,
    LocalDate regulationDate,
    int version) {}
