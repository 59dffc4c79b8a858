/**
 * Charts drawn as SVG text by plain Java, so a page, a DOCX and a PDF show the very same picture:
 * stacked columns, horizontal bars and a Gantt chart over the years of a masterplan.
 */
package id.rancang.shared.chart;
