package id.rancang.document;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A frozen version of a masterplan as lists show it: its name and note, when and by whom it was
 * frozen, and the numbers of what it holds. The content itself is read with {@link
 * MasterplanVersions#content}.
 */
public record MasterplanVersion(
    long id,
    long masterplanId,
    String name,
    String note,
    OffsetDateTime frozenAt,
    String frozenBy,
    int programmes,
    int actions,
    int indicators,
    int targets,
    BigDecimal totalBudget,
    boolean hasLogo) {}
