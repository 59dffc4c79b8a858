package id.rancang.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasterplanStatusTests {

  @Test
  void aDraftGoesToReviewBeforeItCanBeAdopted() {
    assertThat(MasterplanStatus.DRAFT.next()).doesNotContain(MasterplanStatus.ADOPTED);
    assertThat(MasterplanStatus.IN_REVIEW.next()).contains(MasterplanStatus.ADOPTED);
  }

  @Test
  void anArchivedMasterplanStaysArchived() {
    assertThat(MasterplanStatus.ARCHIVED.next()).isEmpty();
  }

  @Test
  void anAdoptedMasterplanCanOnlyBeArchived() {
    assertThat(MasterplanStatus.ADOPTED.next()).containsExactly(MasterplanStatus.ARCHIVED);
  }
}
