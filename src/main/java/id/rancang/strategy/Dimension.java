package id.rancang.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The six dimensions of the "Gerakan Menuju 100 Smart City" framework. Fixed reference data:
 * regions cannot change them. The codes are stable: they are used in the API and in files.
 */
public enum Dimension {
  GOVERNANCE("Smart Governance", "Smart Governance"),
  BRANDING("Smart Branding", "Smart Branding"),
  ECONOMY("Smart Economy", "Smart Economy"),
  LIVING("Smart Living", "Smart Living"),
  SOCIETY("Smart Society", "Smart Society"),
  ENVIRONMENT("Smart Environment", "Smart Environment");

  private final String nameId;
  private final String nameEn;

  Dimension(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The name in the given language (Bahasa Indonesia unless English is asked for). */
  public String displayName(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameId;
  }

  /** The three elements of this dimension, in their published order. */
  public List<Element> elements() {
    return Arrays.stream(Element.values()).filter(e -> e.dimension() == this).toList();
  }
}
