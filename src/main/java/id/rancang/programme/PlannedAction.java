package id.rancang.programme;

import java.math.BigDecimal;

/**
 * One action of a programme's action plan (rencana aksi): its category, when (year and optional
 * quarter), who (owner OPD), what it delivers, its budget, status and progress in percent.
 */
public record PlannedAction(
    long id,
    long programmeId,
    ActionCategory category,
    String title,
    int year,
    Integer quarter,
    Long ownerOpdId,
    String deliverable,
    BigDecimal budget,
    ActionStatus status,
    int progress,
    int position,
    int version) {}
