package id.rancang.workshop;

/** The four Bimtek of the ministry's programme, or a stage the region names itself. */
public enum WorkshopStage {
  TAHAP_1,
  TAHAP_2,
  TAHAP_3,
  TAHAP_4,
  CUSTOM
}
