/**
 * The pure monitoring engine: plain Java without Spring or a database, unit-tested on worked
 * examples.
 *
 * <ul>
 *   <li>{@link id.rancang.monitoring.rules.Achievement}: the achievement (capaian) of one target by
 *       polarity, with the region's {@link id.rancang.monitoring.rules.NegativeFormula} for
 *       lower-is-better indicators;
 *   <li>{@link id.rancang.monitoring.rules.AchievementBands} and {@link
 *       id.rancang.monitoring.rules.Band}: the region's status bands (very good .. very poor);
 *   <li>{@link id.rancang.monitoring.rules.AchievementSeries}: one {@link
 *       id.rancang.monitoring.rules.YearAchievement} per target year of an {@link
 *       id.rancang.monitoring.rules.IndicatorSeries}, with the on-pace status against the straight
 *       line from baseline to end target;
 *   <li>{@link id.rancang.monitoring.rules.QuarterRollup}: a year's value from its quarters;
 *   <li>{@link id.rancang.monitoring.rules.EvaluationIndex} and {@link
 *       id.rancang.monitoring.rules.EvaluationPart}: the ministry's yearly evaluation index;
 *   <li>{@link id.rancang.monitoring.rules.MonitoringInputException}: bad input, every problem with
 *       a code the web layer translates.
 * </ul>
 */
@NamedInterface("rules")
package id.rancang.monitoring.rules;

import org.springframework.modulith.NamedInterface;
