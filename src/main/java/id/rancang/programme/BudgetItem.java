package id.rancang.programme;

import java.math.BigDecimal;

/** One budget line of a programme: a year, a funding source code and an amount in rupiah. */
public record BudgetItem(int year, String source, BigDecimal amount) {}
