package id.rancang.strategy.web;

import id.rancang.strategy.ProfileStat;

/** A statistic with its value formatted in the reader's language, for the pages. */
public record ProfileStatRow(ProfileStat stat, String value) {}
