package id.rancang.roadmap;

import id.rancang.roadmap.rules.Finding;
import id.rancang.strategy.Dimension;

/** A programme a scenario considers but does not schedule, and the main reason why. */
public record LeftOutProgramme(
    long id,
    String code,
    String name,
    Dimension dimension,
    double value,
    long totalCost,
    Finding reason) {}
