/**
 * Monitoring and evaluation of a masterplan: the realisations of its indicators per year or quarter
 * with evidence and their verification, the achievement of each indicator by polarity with status
 * bands and on-pace status, programme progress and dashboards, the ministry's yearly evaluations
 * and their index, the region's public page and its open data downloads. The pure computations
 * (achievement, bands, on pace, quarter roll-ups, the evaluation index) are in {@code rules}.
 */
@ApplicationModule(displayName = "Monitoring")
package id.rancang.monitoring;

import org.springframework.modulith.ApplicationModule;
