package id.rancang.programme;

import java.math.BigDecimal;

/** What a user enters for an action; status defaults to planned and progress to 0. */
public record ActionCommand(
    ActionCategory category,
    String title,
    Integer year,
    Integer quarter,
    Long ownerOpdId,
    String deliverable,
    BigDecimal budget,
    ActionStatus status,
    Integer progress) {}
