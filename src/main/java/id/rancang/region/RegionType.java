package id.rancang.region;

/** Kind of region; the Kemendagri code's shape depends on it. */
public enum RegionType {
  KABUPATEN,
  KOTA,
  PROVINSI
}
