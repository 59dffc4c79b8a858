package id.rancang.region;

/** An OPD (Organisasi Perangkat Daerah): an agency of the region. */
public record Opd(
    long id,
    long regionId,
    String name,
    String abbreviation,
    String headName,
    String email,
    String phone,
    String address,
    int version) {}
