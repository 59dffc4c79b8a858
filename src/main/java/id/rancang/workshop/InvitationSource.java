package id.rancang.workshop;

/** How a person came to be on a workshop's list. */
public enum InvitationSource {
  /** An organiser invited them. */
  INVITED,
  /** A member registered themselves. */
  SELF,
  /** Checked in at the door without an invitation. */
  WALK_IN
}
