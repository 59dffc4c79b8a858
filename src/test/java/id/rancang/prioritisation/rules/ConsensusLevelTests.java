package id.rancang.prioritisation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsensusLevelTests {

  // Goepel (2013): below 0.5 very low, 0.5-0.625 low, 0.625-0.75 moderate, 0.75-0.875 high,
  // above 0.875 very high.
  @Test
  void goepelsWordsFollowTheConsensusFromVeryLowToVeryHigh() {
    assertThat(ConsensusLevel.of(0)).isEqualTo(ConsensusLevel.VERY_LOW);
    assertThat(ConsensusLevel.of(0.49)).isEqualTo(ConsensusLevel.VERY_LOW);
    assertThat(ConsensusLevel.of(0.5)).isEqualTo(ConsensusLevel.LOW);
    assertThat(ConsensusLevel.of(0.62)).isEqualTo(ConsensusLevel.LOW);
    assertThat(ConsensusLevel.of(0.7)).isEqualTo(ConsensusLevel.MODERATE);
    assertThat(ConsensusLevel.of(0.8)).isEqualTo(ConsensusLevel.HIGH);
    assertThat(ConsensusLevel.of(0.9)).isEqualTo(ConsensusLevel.VERY_HIGH);
    assertThat(ConsensusLevel.of(1)).isEqualTo(ConsensusLevel.VERY_HIGH);
  }
}
