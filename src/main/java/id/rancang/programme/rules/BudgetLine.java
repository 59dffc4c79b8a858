package id.rancang.programme.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The budget of a programme (or of one action) for one year from one funding source ({@code APBD},
 * {@code APBN}, {@code DAK}, {@code CSR}, {@code KPBU}, {@code DANA_DESA}, {@code OTHER} or a
 * source the region added). {@code amount} is in rupiah, at most 2 decimals, never negative: see
 * {@link BudgetTotals#check}.
 */
public record BudgetLine(int year, String source, BigDecimal amount) {

  public BudgetLine {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(amount, "amount");
  }

  public static BudgetLine of(int year, String source, String amount) {
    return new BudgetLine(year, source, new BigDecimal(amount));
  }
}
