package id.rancang.identity;

import java.util.List;

/** What a person may do. Every role but SYSTEM_ADMIN is held in one region. */
public enum Role {
  SYSTEM_ADMIN,
  REGION_ADMIN,
  EDITOR,
  OPD_CONTRIBUTOR,
  REVIEWER,
  PARTICIPANT;

  /** The roles a region admin may give inside a region. */
  public static List<Role> regionRoles() {
    return List.of(REGION_ADMIN, EDITOR, OPD_CONTRIBUTOR, REVIEWER, PARTICIPANT);
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
