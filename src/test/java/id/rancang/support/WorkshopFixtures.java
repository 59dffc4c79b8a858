package id.rancang.support;

import id.rancang.workshop.DecisionCommand;
import id.rancang.workshop.InviteCommand;
import id.rancang.workshop.MaterialUpload;
import id.rancang.workshop.SessionCommand;
import id.rancang.workshop.WorkshopAgenda;
import id.rancang.workshop.WorkshopCommand;
import id.rancang.workshop.WorkshopInvitations;
import id.rancang.workshop.WorkshopMaterials;
import id.rancang.workshop.WorkshopMinutes;
import id.rancang.workshop.WorkshopPlanning;
import id.rancang.workshop.WorkshopStage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Workshops (Bimtek) with their agenda, invitations, materials, decisions and ideas for tests. */
@TestComponent
public class WorkshopFixtures {

  /** The second Bimtek of Kabupaten Tegal: 31 July - 1 August 2023. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 7, 31);

  public static final LocalDate LAST_DAY = LocalDate.of(2023, 8, 1);

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final WorkshopPlanning planning;
  private final WorkshopAgenda agenda;
  private final WorkshopInvitations invitations;
  private final WorkshopMaterials materials;
  private final WorkshopMinutes minutes;
  private final JdbcClient jdbc;

  WorkshopFixtures(
      WorkshopPlanning planning,
      WorkshopAgenda agenda,
      WorkshopInvitations invitations,
      WorkshopMaterials materials,
      WorkshopMinutes minutes,
      JdbcClient jdbc) {
    this.planning = planning;
    this.agenda = agenda;
    this.invitations = invitations;
    this.materials = materials;
    this.minutes = minutes;
    this.jdbc = jdbc;
  }

  /** A two-day Tahap 2 workshop (31 July - 1 August 2023) with ideas open. */
  public long createWorkshop(long regionId, long masterplanId) {
    return createWorkshop(regionId, masterplanId, FIRST_DAY, LAST_DAY);
  }

  public long createWorkshop(long regionId, long masterplanId, LocalDate first, LocalDate last) {
    return planning
        .create(
            regionId,
            masterplanId,
            new WorkshopCommand(
                "Bimtek Tahap 2 #" + UNIQUE.incrementAndGet(),
                WorkshopStage.TAHAP_2,
                null,
                "Program inovatif dan rencana aksi",
                first,
                last,
                "Grand Dian Hotel, Slawi",
                true))
        .id();
  }

  /** A session on the first day, 09:00-10:00. */
  public long createSession(long regionId, long workshopId) {
    return agenda
        .add(
            regionId,
            workshopId,
            new SessionCommand(
                FIRST_DAY,
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                "Paparan data profil daerah",
                "Nurhayati",
                "Diskominfo"))
        .session()
        .id();
  }

  /** Invites a member of the region; returns the invitation's id. */
  public long inviteMember(long regionId, long workshopId, long accountId) {
    return invitations
        .invite(regionId, workshopId, new InviteCommand(List.of(accountId), List.of(), null, null))
        .invited()
        .get(0)
        .id();
  }

  /** Invites a stakeholder of the register; returns the invitation's id. */
  public long inviteStakeholder(long regionId, long workshopId, long stakeholderId) {
    return invitations
        .invite(
            regionId, workshopId, new InviteCommand(List.of(), List.of(stakeholderId), null, null))
        .invited()
        .get(0)
        .id();
  }

  /** A small CSV material. */
  public long createMaterial(long regionId, long workshopId) {
    return materials
        .upload(
            regionId,
            workshopId,
            new MaterialUpload(
                "Data penduduk",
                "penduduk.csv",
                "kecamatan,jiwa\nSlawi,75000\n".getBytes(StandardCharsets.UTF_8)),
            "test")
        .id();
  }

  public long createDecision(long regionId, long workshopId) {
    return minutes
        .add(
            regionId,
            workshopId,
            new DecisionCommand("Quick win Smart Living: Soeselo Online", null))
        .id();
  }

  /**
   * An idea raised in the workshop, written straight into the table (the ideas feature has its own
   * service).
   */
  public long createIdea(long regionId, long masterplanId, long workshopId, String title) {
    return jdbc.sql(
            "insert into idea (region_id, masterplan_id, workshop_id, title, dimension_code)"
                + " values (?, ?, ?, ?, 'LIVING') returning id")
        .params(regionId, masterplanId, workshopId, title)
        .query(Long.class)
        .single();
  }
}
