package id.rancang.programme;

import java.util.List;

/**
 * An idea a programme came from: the idea, the workshop it was raised in (null for a public
 * consultation), and the people who supported it.
 */
public record ProgrammeOrigin(
    long ideaId,
    String ideaTitle,
    Long workshopId,
    String workshopTitle,
    long votes,
    List<String> supporters) {}
