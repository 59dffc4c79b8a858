package id.rancang.workshop;

/** A person's registration for a workshop: the invitation row, and whether it was new. */
public record Registration(Invitation invitation, boolean created) {}
