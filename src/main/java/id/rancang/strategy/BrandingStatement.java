package id.rancang.strategy;

/**
 * The region's smart-city identity in words, one per masterplan: the tagline, how the region
 * positions itself, and notes on its visual and verbal identity. It is the Smart Branding dimension
 * ({@link Dimension#BRANDING}) said as a statement.
 */
public record BrandingStatement(
    long id,
    long masterplanId,
    String tagline,
    String positioning,
    String identityNotes,
    int version) {}
