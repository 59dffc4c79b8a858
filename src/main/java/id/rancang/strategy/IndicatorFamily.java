package id.rancang.strategy;

/**
 * The published indicator sets the library draws from. Each entry's code starts with its family's
 * prefix, so that codes stay unique across families (ISO 37120 and ISO 37122 both number their
 * indicators 5.1, 5.2, ...).
 */
public enum IndicatorFamily {
  /** ISO 37120, indicators for city services and quality of life. */
  ISO_37120("ISO37120-"),
  /** ISO 37122, indicators for smart cities. */
  ISO_37122("ISO37122-"),
  /** ISO 37123, indicators for resilient cities. */
  ISO_37123("ISO37123-"),
  /** The U4SSC key performance indicators for smart sustainable cities (ITU-T Y.4903). */
  U4SSC("U4SSC-"),
  /** The global indicator framework of the Sustainable Development Goals. */
  SDG("SDG-");

  private final String codePrefix;

  IndicatorFamily(String codePrefix) {
    this.codePrefix = codePrefix;
  }

  /** What every library code of this family starts with. */
  public String codePrefix() {
    return codePrefix;
  }
}
