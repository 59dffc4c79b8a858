package id.rancang.identity;

/** The member added, and the invitation link to hand over when no password was set. */
public record NewMember(Member member, String invitationLink) {}
