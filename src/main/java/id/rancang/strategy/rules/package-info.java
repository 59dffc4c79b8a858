/**
 * Pure rules of Buku 1 indicators (target trajectories, target checks): plain Java without Spring,
 * unit-tested on worked examples.
 */
package id.rancang.strategy.rules;
