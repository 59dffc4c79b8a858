/**
 * What changed between two contents of one masterplan (two frozen versions, or a version and the
 * live masterplan): plain Java without Spring or the database, so it is tested on hand-built
 * contents.
 */
package id.rancang.document.diff;
