package id.rancang.region;

/** Whether a stakeholder is an organisation or a natural person (whose data is personal data). */
public enum StakeholderKind {
  ORGANISATION,
  PERSON
}
