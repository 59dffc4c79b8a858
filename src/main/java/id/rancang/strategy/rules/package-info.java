/**
 * Pure rules of Buku 1 indicators (target trajectories, target checks): plain Java without Spring,
 * unit-tested on worked examples. Part of the module's API: indicators carry their baseline and
 * targets as {@link id.rancang.strategy.rules.YearValue}s and the checks answer with findings.
 */
@NamedInterface("rules")
package id.rancang.strategy.rules;

import org.springframework.modulith.NamedInterface;
