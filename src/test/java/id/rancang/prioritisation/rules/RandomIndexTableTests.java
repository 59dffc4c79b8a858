package id.rancang.prioritisation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RandomIndexTableTests {

  // Saaty (1980), the values quoted in the domain notes (section 6) for n = 3..10.
  @Test
  void saatys1980TableIsTheDefaultWithItsPublishedValues() {
    RandomIndexTable table = RandomIndexTable.byId(null);

    assertThat(table).isSameAs(RandomIndexTable.SAATY_1980);
    assertThat(table.id()).isEqualTo("saaty-1980");
    double[] published = {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    for (int n = 3; n <= 10; n++) {
      assertThat(table.randomIndex(n)).isEqualTo(published[n - 3]);
    }
    assertThat(table.randomIndex(1)).isZero();
    assertThat(table.randomIndex(2)).isZero();
  }

  // Alonso & Lamata (2006), IJUFKS 14(4) 445-459; Donegan & Dodd (1991), Math. Comput. Modelling
  // 15(10) 135-137; Saaty (2005), Theory and Applications of the ANP, p. 31.
  @Test
  void otherPublishedTablesAreSelectableByTheirIdentifiers() {
    assertThat(RandomIndexTable.byId("alonso-lamata-2006").randomIndex(9)).isEqualTo(1.4499);
    assertThat(RandomIndexTable.byId("alonso-lamata-2006").randomIndex(15)).isEqualTo(1.5838);
    assertThat(RandomIndexTable.byId("donegan-dodd-1991").randomIndex(9)).isEqualTo(1.3733);
    assertThat(RandomIndexTable.byId("donegan-dodd-1991").randomIndex(20)).isEqualTo(1.5371);
    assertThat(RandomIndexTable.byId("saaty-2005").randomIndex(9)).isEqualTo(1.45);
    assertThat(RandomIndexTable.ids())
        .containsExactly("saaty-1980", "saaty-2005", "alonso-lamata-2006", "donegan-dodd-1991");
  }

  @Test
  void everyTableCoversAtLeastFifteenCriteria() {
    for (RandomIndexTable table : RandomIndexTable.values()) {
      assertThat(table.maxSize()).isGreaterThanOrEqualTo(15);
      for (int n = 4; n <= table.maxSize(); n++) {
        assertThat(table.randomIndex(n)).isGreaterThan(0.5);
      }
    }
  }

  @Test
  void anUnknownTableIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> RandomIndexTable.byId("saaty-1977"))
        .isInstanceOfSatisfying(
            AhpInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("unknownRiTable");
              assertThat(e.args()).containsExactly("saaty-1977", RandomIndexTable.ids());
            });
  }

  @Test
  void moreCriteriaThanTheTableCoversAreRefused() {
    assertThatThrownBy(() -> RandomIndexTable.SAATY_1980.randomIndex(16))
        .isInstanceOfSatisfying(
            AhpInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("beyondRiTable");
              assertThat(e.args()).containsExactly("saaty-1980", 16, 15);
            });
  }
}
