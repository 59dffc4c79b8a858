/**
 * Pure rules of Buku 2 programmes (dependency cycles and order, years against the horizon and the
 * masterplan period, budget checks and totals, quick wins per dimension, SIPD codes): plain Java
 * without Spring or a database, unit-tested on worked examples.
 */
package id.rancang.programme.rules;
