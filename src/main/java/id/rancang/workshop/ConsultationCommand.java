package id.rancang.workshop;

import java.time.LocalDate;

/** What organisers enter for a public consultation. */
public record ConsultationCommand(
    String title, String description, LocalDate opensOn, LocalDate closesOn) {}
