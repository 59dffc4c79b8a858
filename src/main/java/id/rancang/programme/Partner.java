package id.rancang.programme;

import id.rancang.region.PentahelixRole;

/** A stakeholder taking part in a programme, in one pentahelix role, with what they bring. */
public record Partner(long stakeholderId, PentahelixRole role, String contribution) {}
