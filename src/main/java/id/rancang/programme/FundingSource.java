package id.rancang.programme;

/**
 * The funding sources every region has (a region may add its own codes): regional budget (APBD),
 * national budget (APBN), special allocation (DAK), corporate social responsibility (CSR),
 * public-private partnership (KPBU), village funds (Dana Desa) and other.
 */
public enum FundingSource {
  APBD,
  APBN,
  DAK,
  CSR,
  KPBU,
  DANA_DESA,
  OTHER;

  public static boolean isBuiltIn(String code) {
    for (FundingSource source : values()) {
      if (source.name().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
