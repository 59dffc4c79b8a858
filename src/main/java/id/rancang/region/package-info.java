/**
 * The tenant: regions (kabupaten, kota, provinsi), their OPD, pentahelix stakeholders and
 * masterplan shells, and the region the current request works in.
 */
@ApplicationModule(displayName = "Region")
package id.rancang.region;

import org.springframework.modulith.ApplicationModule;
