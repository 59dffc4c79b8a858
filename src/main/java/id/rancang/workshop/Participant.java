package id.rancang.workshop;

/**
 * The person taking part, as the services need them: their account, and whether they may moderate
 * (region administrators and editors) or only see the workshops they are invited to (participants).
 */
public record Participant(long accountId, String email, boolean moderator, boolean inviteeOnly) {}
