package id.rancang.support;

import id.rancang.identity.AccountStatus;
import id.rancang.identity.RancangUser;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures.Person;
import id.rancang.workshop.IdeaCommand;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.LiveQuestionCommand;
import id.rancang.workshop.LiveQuestions;
import id.rancang.workshop.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Workshops, participants and ideas for tests. */
@TestComponent
public class ParticipationFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final JdbcClient jdbc;
  private final Ideas ideas;
  private final LiveQuestions live;
  private final WorkshopFixtures workshops;

  ParticipationFixtures(
      JdbcClient jdbc, Ideas ideas, LiveQuestions live, WorkshopFixtures workshops) {
    this.jdbc = jdbc;
    this.workshops = workshops;
    this.ideas = ideas;
    this.live = live;
  }

  /** An open live question of the workshop (all dimensions, three choices, ideas allowed). */
  public long openLiveQuestion(long regionId, long workshopId, long organiserAccountId) {
    Participant organiser = new Participant(organiserAccountId, "organiser@uji.test", true, false);
    long id =
        live.create(
                regionId,
                workshopId,
                organiser,
                new LiveQuestionCommand("Usulan mana yang terpenting?", null, 3, true))
            .id();
    live.open(regionId, id, organiser);
    return id;
  }

  /** A two-day Tahap 2 workshop of the masterplan whose idea collection is open. */
  public long createWorkshop(long regionId, long masterplanId) {
    return workshops.createWorkshop(regionId, masterplanId);
  }

  public void closeIdeas(long workshopId) {
    jdbc.sql("update workshop set ideas_open = false where id = ?").params(workshopId).update();
  }

  /**
   * {@code count} participants of the region (accounts with the PARTICIPANT role, without password)
   * invited to the workshop. They sign in to pages and the API through {@link Person#user()}; they
   * have no bearer token.
   */
  public List<Person> participants(long regionId, long workshopId, int count) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "peserta-" + UNIQUE.incrementAndGet() + "-" + regionId + "@uji.test";
      long id =
          jdbc.sql("insert into account (email, name) values (?, ?) returning id")
              .params(email, "Peserta " + UNIQUE.get())
              .query(Long.class)
              .single();
      jdbc.sql("insert into membership (account_id, region_id, role) values (?, ?, 'PARTICIPANT')")
          .params(id, regionId)
          .update();
      invite(regionId, workshopId, id);
      people.add(
          new Person(
              id,
              email,
              null,
              new RancangUser(id, email, email, false, null, AccountStatus.ACTIVE)));
    }
    return people;
  }

  /** Invites a member account of the region to the workshop. */
  public void invite(long regionId, long workshopId, long accountId) {
    workshops.inviteMember(regionId, workshopId, accountId);
  }

  /** A Smart Living idea raised by the account in the workshop. */
  public long createIdea(long regionId, long workshopId, long accountId) {
    return ideas
        .submit(
            regionId,
            workshopId,
            new Participant(accountId, "author@uji.test", false, false),
            new IdeaCommand(
                "Usulan " + UNIQUE.incrementAndGet(),
                "Antrean puskesmas panjang",
                "Pendaftaran daring",
                Dimension.LIVING,
                null,
                null,
                null))
        .id();
  }

  /** A comment on the idea by the account. */
  public long createComment(long regionId, long ideaId, long accountId) {
    return ideas
        .comment(
            regionId,
            ideaId,
            new Participant(accountId, "author@uji.test", false, false),
            null,
            "Setuju, perlu data antrean")
        .id();
  }
}
