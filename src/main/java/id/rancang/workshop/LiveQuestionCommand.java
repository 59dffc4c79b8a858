package id.rancang.workshop;

import id.rancang.strategy.Dimension;

/**
 * What an organiser prepares for a live session: the question, optionally the dimension whose ideas
 * are the choices, how many ideas each participant may choose, and whether participants may add
 * ideas while it is open.
 */
public record LiveQuestionCommand(
    String prompt, Dimension dimension, Integer maxChoices, Boolean allowIdeas) {}
