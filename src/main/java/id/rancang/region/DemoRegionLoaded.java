package id.rancang.region;

/**
 * The Kabupaten Tegal demo region was just created; other modules add their demo data for it
 * (accounts, later strategy and programmes) in the same transaction.
 */
public record DemoRegionLoaded(long regionId, long masterplanId) {}
