package id.rancang.support;

import id.rancang.strategy.Dimension;
import id.rancang.workshop.ConsultationStatus;
import id.rancang.workshop.IdeaCommand;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.Participant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Public consultations and their ideas for tests. */
@TestComponent
public class ConsultationFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final JdbcClient jdbc;
  private final Ideas ideas;

  ConsultationFixtures(JdbcClient jdbc, Ideas ideas) {
    this.jdbc = jdbc;
    this.ideas = ideas;
  }

  /** A consultation of the masterplan in the given status (version 0), running in March 2026. */
  public long createConsultation(long regionId, long masterplanId, ConsultationStatus status) {
    return jdbc.sql(
            "insert into consultation (region_id, masterplan_id, title, description, opens_on,"
                + " closes_on, status) values (?, ?, ?, 'Usulan warga untuk kota cerdas', ?, ?, ?)"
                + " returning id")
        .params(
            regionId,
            masterplanId,
            "Konsultasi Publik " + UNIQUE.incrementAndGet(),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31),
            status.name())
        .query(Long.class)
        .single();
  }

  /** An open consultation of the masterplan. */
  public long openConsultation(long regionId, long masterplanId) {
    return createConsultation(regionId, masterplanId, ConsultationStatus.OPEN);
  }

  public void setStatus(long consultationId, ConsultationStatus status) {
    jdbc.sql("update consultation set status = ? where id = ?")
        .params(status.name(), consultationId)
        .update();
  }

  /** A Smart Environment idea raised by the account in the open consultation. */
  public long createIdea(long regionId, long consultationId, long accountId, String title) {
    return ideas
        .submitToConsultation(
            regionId,
            consultationId,
            new Participant(accountId, "warga@uji.test", false, true),
            new IdeaCommand(
                title == null ? "Usulan warga " + UNIQUE.incrementAndGet() : title,
                "Sampah menumpuk di pasar",
                "Bank sampah di setiap kelurahan",
                Dimension.ENVIRONMENT,
                null,
                null,
                null))
        .id();
  }

  /** Support votes of the accounts for the idea, written directly (no limits). */
  public void support(long ideaId, long... accountIds) {
    for (long accountId : accountIds) {
      jdbc.sql("insert into idea_vote (idea_id, account_id) values (?, ?) on conflict do nothing")
          .params(ideaId, accountId)
          .update();
    }
  }
}
