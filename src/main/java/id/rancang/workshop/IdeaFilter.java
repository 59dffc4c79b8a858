package id.rancang.workshop;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;

/** What an idea list is narrowed to; null fields do not narrow. */
public record IdeaFilter(
    String q, Dimension dimension, Element element, IdeaStatus status, IdeaSort sort) {

  public static IdeaFilter all() {
    return new IdeaFilter(null, null, null, null, IdeaSort.SUPPORT);
  }

  public IdeaSort sortOrDefault() {
    return sort == null ? IdeaSort.SUPPORT : sort;
  }
}
