package id.rancang.workshop;

import java.time.LocalDate;

/**
 * What an organiser enters for a workshop. {@code stageLabel} is required for a CUSTOM stage and
 * ignored otherwise; {@code ideasOpen} defaults to true.
 */
public record WorkshopCommand(
    String title,
    WorkshopStage stage,
    String stageLabel,
    String description,
    LocalDate startDate,
    LocalDate endDate,
    String venue,
    Boolean ideasOpen) {}
