package id.rancang.strategy;

import java.util.Locale;

/** The 18 elements, three per {@link Dimension}. Fixed reference data with stable codes. */
public enum Element {
  PUBLIC_SERVICE(Dimension.GOVERNANCE, "Pelayanan Publik", "Public service"),
  BUREAUCRACY(Dimension.GOVERNANCE, "Manajemen Birokrasi", "Bureaucracy management"),
  PUBLIC_POLICY(Dimension.GOVERNANCE, "Kebijakan Publik", "Public policy"),
  TOURISM(Dimension.BRANDING, "Pariwisata", "Tourism branding"),
  BUSINESS(Dimension.BRANDING, "Bisnis", "Business branding"),
  CITY_APPEARANCE(Dimension.BRANDING, "Wajah Kota", "City appearance"),
  INDUSTRY(Dimension.ECONOMY, "Ekosistem Industri", "Industry"),
  WELFARE(Dimension.ECONOMY, "Kesejahteraan Masyarakat", "Welfare"),
  FINANCIAL_TRANSACTIONS(
      Dimension.ECONOMY, "Ekosistem Transaksi Keuangan", "Financial transactions"),
  SPATIAL_HARMONY(Dimension.LIVING, "Harmonisasi Tata Ruang", "Liveable spatial planning"),
  HEALTH(Dimension.LIVING, "Kesehatan", "Health"),
  MOBILITY(Dimension.LIVING, "Sarana Transportasi", "Mobility"),
  COMMUNITY(Dimension.SOCIETY, "Interaksi Masyarakat", "Community interaction"),
  LEARNING(Dimension.SOCIETY, "Ekosistem Belajar", "Learning ecosystem"),
  SECURITY(Dimension.SOCIETY, "Keamanan", "Security"),
  PROTECTION(Dimension.ENVIRONMENT, "Proteksi Lingkungan", "Environmental protection"),
  WASTE(Dimension.ENVIRONMENT, "Pengelolaan Sampah dan Limbah", "Waste"),
  ENERGY(Dimension.ENVIRONMENT, "Manajemen Energi", "Energy");

  private final Dimension dimension;
  private final String nameId;
  private final String nameEn;

  Element(Dimension dimension, String nameId, String nameEn) {
    this.dimension = dimension;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  public Dimension dimension() {
    return dimension;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }

  public String displayName(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameId;
  }
}
