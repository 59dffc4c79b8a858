package id.rancang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.support.RancangIntegrationTest;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LISTEN/NOTIFY on the test run's PostgreSQL. A second hub built here stands for a second Rancang
 * instance: it has a listening connection of its own to the same database.
 */
@RancangIntegrationTest
class PgChannelsTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final PgChannels.Tuning QUICK =
      new PgChannels.Tuning(
          Duration.ofMillis(100),
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofSeconds(5));

  @Autowired PgChannels channels;
  @Autowired DataSource dataSource;
  @Autowired ConnectionSettings settings;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aMessagePublishedInACommittedTransactionReachesASubscriberOnlyAtCommit() throws Exception {
    String channel = newChannel();
    Inbox inbox = new Inbox();
    channels.subscribe(channel, inbox);

    inTransaction(
        () -> {
          channels.publish(channel, "idea:42 voted");
          // published and committed outside the transaction, so it is delivered first
          notifyOutsideTheTransaction(channel, "meanwhile");
          assertThat(inbox.next()).isEqualTo("meanwhile");
        });

    assertThat(inbox.next()).isEqualTo("idea:42 voted");
  }

  @Test
  void aMessagePublishedInARolledBackTransactionReachesNobody() throws Exception {
    String channel = newChannel();
    Inbox inbox = new Inbox();
    channels.subscribe(channel, inbox);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              channels.publish(channel, "rolled back");
              status.setRollbackOnly();
            });
    inTransaction(() -> channels.publish(channel, "committed later"));

    // messages arrive in the order of their commits: a delivered rollback would come first
    assertThat(inbox.next()).isEqualTo("committed later");
    assertThat(inbox.received()).containsExactly("committed later");
  }

  @Test
  void twoInstancesWithAConnectionEachBothReceiveWhatEitherPublishes() throws Exception {
    String channel = newChannel();
    Inbox first = new Inbox();
    Inbox second = new Inbox();
    try (PgChannels otherInstance = new PgChannels(dataSource, settings)) {
      channels.subscribe(channel, first);
      otherInstance.subscribe(channel, second);

      inTransaction(() -> channels.publish(channel, "from the first"));
      List<String> firstGot = List.of(first.next());
      List<String> secondGot = List.of(second.next());
      inTransaction(() -> otherInstance.publish(channel, "from the second"));

      assertThat(firstGot).containsExactly("from the first");
      assertThat(secondGot).containsExactly("from the first");
      assertThat(first.next()).isEqualTo("from the second");
      assertThat(second.next()).isEqualTo("from the second");
      assertThat(otherInstance.backendPid()).isPositive().isNotEqualTo(channels.backendPid());
      assertThat(channels.backendPid()).isPositive();
    }
  }

  @Test
  void afterItsConnectionIsKilledTheHubReconnectsAndListensToEveryChannelAgain() throws Exception {
    String votes = newChannel();
    String ideas = newChannel();
    Inbox voteInbox = new Inbox();
    Inbox ideaInbox = new Inbox();
    try (PgChannels hub = new PgChannels(dataSource, settings, QUICK)) {
      hub.subscribe(votes, voteInbox);
      hub.subscribe(ideas, ideaInbox);
      int killed = hub.backendPid();

      Boolean terminated =
          jdbc.sql("select pg_terminate_backend(?)").param(killed).query(Boolean.class).single();
      assertThat(terminated).isTrue();
      // what is published while the hub reconnects is lost: publish until one arrives
      String arrived = null;
      for (int attempt = 0; arrived == null && attempt < 150; attempt++) {
        hub.publish(votes, "vote " + attempt);
        arrived = voteInbox.poll(Duration.ofMillis(200));
      }
      hub.publish(ideas, "new idea");

      assertThat(arrived).startsWith("vote ");
      assertThat(ideaInbox.next()).isEqualTo("new idea");
      assertThat(hub.backendPid()).isPositive().isNotEqualTo(killed);
    }
  }

  @Test
  void aClosedSubscriptionGetsNothingMoreAndTheLastOneEndsTheListening() throws Exception {
    String channel = newChannel();
    Inbox leaving = new Inbox();
    Inbox staying = new Inbox();
    PgChannels.Subscription leavingSubscription = channels.subscribe(channel, leaving);
    PgChannels.Subscription stayingSubscription = channels.subscribe(channel, staying);
    channels.publish(channel, "both");
    assertThat(leaving.next()).isEqualTo("both");
    assertThat(staying.next()).isEqualTo("both");

    leavingSubscription.close();
    channels.publish(channel, "only one");
    assertThat(staying.next()).isEqualTo("only one");
    stayingSubscription.close();

    assertThat(leaving.received()).containsExactly("both");
    awaitTrue(() -> !channels.listeningChannels().contains(channel));
  }

  @Test
  void aSlowOrFailingSubscriberHoldsUpNoOtherAndKeepsItsOwnOrder() throws Exception {
    String channel = newChannel();
    CountDownLatch slowMayGoOn = new CountDownLatch(1);
    Inbox slow =
        new Inbox() {
          @Override
          public void accept(String payload) {
            try {
              slowMayGoOn.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            super.accept(payload);
          }
        };
    AtomicInteger failures = new AtomicInteger();
    Inbox fast = new Inbox();
    channels.subscribe(channel, slow);
    channels.subscribe(
        channel,
        payload -> {
          failures.incrementAndGet();
          throw new IllegalStateException("a subscriber that always fails");
        });
    channels.subscribe(channel, fast);

    for (int i = 1; i <= 3; i++) {
      int n = i;
      inTransaction(() -> channels.publish(channel, "message " + n));
    }

    assertThat(List.of(fast.next(), fast.next(), fast.next()))
        .containsExactly("message 1", "message 2", "message 3");
    awaitTrue(() -> failures.get() == 3);
    assertThat(slow.received()).isEmpty();
    slowMayGoOn.countDown();
    assertThat(List.of(slow.next(), slow.next(), slow.next()))
        .containsExactly("message 1", "message 2", "message 3");
  }

  @Test
  void aChannelNameThatIsNoSqlIdentifierOnItsOwnStillWorksBecauseItIsQuoted() throws Exception {
    String channel = "2031_" + newChannel();
    Inbox inbox = new Inbox();
    channels.subscribe(channel, inbox);

    channels.publish(channel, "listen");

    assertThat(inbox.next()).isEqualTo("listen");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Votes",
        "live-votes",
        "live votes",
        "votes\"; drop table region; --",
        "a123456789b123456789c123456789d123456789e123456789f123456789g123"
      })
  void aChannelNameOtherThanLowercaseLettersDigitsAndUnderscoresIsRefused(String name) {
    assertThatThrownBy(() -> channels.publish(name, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> channels.subscribe(name, payload -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePayloadLimitIsPostgresOwnCountedInUtf8Bytes() throws Exception {
    String channel = newChannel();
    Inbox inbox = new Inbox();
    channels.subscribe(channel, inbox);
    // 3999 two-byte characters and one more byte: 7999 bytes
    String largest = "é".repeat(3999) + "a";
    String tooLarge = "é".repeat(4000);

    channels.publish(channel, largest);

    assertThat(inbox.next()).isEqualTo(largest);
    assertThatThrownBy(() -> channels.publish(channel, tooLarge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8000");
    assertThatThrownBy(
            () ->
                jdbc.sql("select pg_notify(?, ?)")
                    .params(channel, "a".repeat(PgChannels.MAX_PAYLOAD_BYTES + 1))
                    .query()
                    .listOfRows())
        .hasMessageContaining("payload string too long");
  }

  @Test
  void closingTheHubStopsItsThreadAndClosesItsConnection() throws Exception {
    PgChannels hub = new PgChannels(dataSource, settings, QUICK);
    hub.subscribe(newChannel(), new Inbox());
    int pid = hub.backendPid();
    assertThat(hub.listenerAlive()).isTrue();

    hub.close();

    assertThat(hub.listenerAlive()).isFalse();
    awaitTrue(
        () ->
            jdbc.sql("select count(*) from pg_stat_activity where pid = ?")
                    .param(pid)
                    .query(Integer.class)
                    .single()
                == 0);
    assertThatThrownBy(() -> hub.subscribe(newChannel(), new Inbox()))
        .isInstanceOf(IllegalStateException.class);
  }

  private static String newChannel() {
    return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  private void inTransaction(Work work) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              try {
                work.run();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }

  /** Work done in a transaction. */
  interface Work {
    void run() throws Exception;
  }

  /** Publishes on a connection of its own, not the one of the current transaction. */
  private void notifyOutsideTheTransaction(String channel, String payload) {
    try (Connection connection = dataSource.getConnection();
        var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
      connection.setAutoCommit(true);
      statement.setString(1, channel);
      statement.setString(2, payload);
      statement.execute();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s in vain", PATIENCE).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** A subscriber that keeps what it receives. */
  static class Inbox implements java.util.function.Consumer<String> {
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void accept(String payload) {
      received.add(payload);
      queue.add(payload);
    }

    /** The next message, waiting for it as long as the test's patience lasts. */
    String next() throws InterruptedException {
      String payload = queue.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(payload).as("a message within %s", PATIENCE).isNotNull();
      return payload;
    }

    String poll(Duration wait) throws InterruptedException {
      return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<String> received() {
      synchronized (received) {
        return List.copyOf(received);
      }
    }
  }
}
