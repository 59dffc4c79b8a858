package id.rancang.programme;

/** Kominfo's three categories of a programme's action plan (rencana aksi). */
public enum ActionCategory {
  /** Kebijakan dan Kelembagaan: policy and institutions. */
  POLICY_INSTITUTION,
  /** Infrastruktur Pendukung: supporting infrastructure. */
  INFRASTRUCTURE,
  /** Perangkat Lunak dan Penguatan Literasi: applications and digital literacy. */
  APPLICATION_LITERACY
}
