/**
 * The Excel matrices of a masterplan laid out from its {@link
 * id.rancang.document.MasterplanContent}: plain Java on Apache POI (streaming workbooks), without
 * Spring, so each layout is tested on an in-memory content.
 */
package id.rancang.document.matrix;
