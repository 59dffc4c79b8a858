/**
 * Buku 1: the smart-city strategy of a masterplan, starting with the fixed reference data (the six
 * dimensions and their 18 elements) and the regional profile.
 */
@ApplicationModule(displayName = "Strategy")
package id.rancang.strategy;

import org.springframework.modulith.ApplicationModule;
