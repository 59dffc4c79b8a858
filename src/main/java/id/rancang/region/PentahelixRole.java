package id.rancang.region;

/** The five sides of the pentahelix a stakeholder belongs to. */
public enum PentahelixRole {
  GOVERNMENT,
  BUSINESS,
  ACADEMIA,
  COMMUNITY,
  MEDIA
}
