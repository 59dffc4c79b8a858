package id.rancang.shared;

/**
 * A person's data was erased on request (UU 27/2022). Listeners remove copies they keep, such as
 * the before/after states in the audit trail.
 */
public record PersonalDataErased(Long regionId, String recordType, long recordId) {}
