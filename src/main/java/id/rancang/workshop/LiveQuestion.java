package id.rancang.workshop;

import id.rancang.strategy.Dimension;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A live question with its choices and their votes: counted now while it is open, frozen at closing
 * afterwards. {@code myVotes} are the ideas the person asking chose.
 */
public record LiveQuestion(
    long id,
    long workshopId,
    String prompt,
    Dimension dimension,
    int maxChoices,
    boolean allowIdeas,
    LiveStatus status,
    OffsetDateTime openedAt,
    OffsetDateTime closedAt,
    List<LiveResult> results,
    List<Long> myVotes,
    long voters,
    int version) {

  public long totalVotes() {
    return results.stream().mapToLong(LiveResult::votes).sum();
  }

  public long maxVotes() {
    return results.stream().mapToLong(LiveResult::votes).max().orElse(0);
  }
}
