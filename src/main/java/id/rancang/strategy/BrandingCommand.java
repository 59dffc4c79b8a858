package id.rancang.strategy;

/** What a user enters for the branding statement; only the tagline is required. */
public record BrandingCommand(String tagline, String positioning, String identityNotes) {}
