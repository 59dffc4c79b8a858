package id.rancang.shared.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages between the Rancang instances that share a database, through PostgreSQL's {@code
 * LISTEN}/{@code NOTIFY}: no broker besides the database. Used to tell every instance that
 * something changed (a vote, a new idea) so that each can push it to the browsers it serves.
 *
 * <p><b>Publishing</b> runs {@code select pg_notify(channel, payload)} on the connection of the
 * current transaction, so the message is delivered when, and only if, that transaction commits
 * (right away when there is no transaction). Messages of one transaction arrive together and in
 * order; identical messages (same channel and payload) within one transaction arrive once.
 *
 * <p><b>Subscribing</b>: each instance keeps one connection of its own (not from the pool), opened
 * with the pool's URL and credentials on the first subscription, that listens to every channel
 * someone subscribed to. A daemon thread waits for notifications and hands them to the subscribers.
 * Each subscriber has its own queue and is called by one thread at a time, in the order of the
 * messages; a slow or failing subscriber delays nobody else (a subscriber that falls more than
 * {@value #MAILBOX_CAPACITY} messages behind loses the oldest). When the connection breaks it is
 * opened again, with growing pauses while the database is unreachable, and listens to all channels
 * again. <b>Messages published while the connection is down are lost</b>: send the state (or a hint
 * to read it), not increments, so that the next message repairs what was missed.
 *
 * <p>Channel names are lowercase {@code [a-z0-9_]}, at most 63 characters; a payload is text
 * shorter than 8000 bytes in UTF-8 (PostgreSQL's limit), without NUL characters.
 */
public class PgChannels implements AutoCloseable {

  /** The largest payload, in UTF-8 bytes, PostgreSQL delivers (it must be shorter than 8000). */
  public static final int MAX_PAYLOAD_BYTES = 7999;

  static final int MAILBOX_CAPACITY = 10_000;

  private static final Logger log = LoggerFactory.getLogger(PgChannels.class);
  private static final Pattern CHANNEL = Pattern.compile("[a-z0-9_]{1,63}");
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final JdbcClient jdbc;
  private final ConnectionSettings settings;
  private final Tuning tuning;
  private final String name;

  /** Subscribers per channel; a channel is in the map exactly while it has subscribers. */
  private final ConcurrentHashMap<String, CopyOnWriteArrayList<Mailbox>> channels =
      new ConcurrentHashMap<>();

  /** Channels whose LISTEN state the listener thread must bring in line with {@link #channels}. */
  private final LinkedBlockingQueue<Change> changes = new LinkedBlockingQueue<>();

  /** The channels the current connection listens to (only the listener thread writes it). */
  private final Set<String> listening = ConcurrentHashMap.newKeySet();

  private final ExecutorService deliveries;
  private final Object lifecycle = new Object();
  private Thread listener;
  private volatile boolean closed;
  private volatile int backendPid;

  /** Timings; tests use shorter ones. */
  record Tuning(
      Duration poll,
      Duration firstRetry,
      Duration longestRetry,
      Duration checkAfterQuiet,
      Duration subscribeWait) {

    static final Tuning DEFAULT =
        new Tuning(
            Duration.ofMillis(250),
            Duration.ofMillis(200),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5));
  }

  /**
   * A hub that publishes through the data source (joining its current transaction) and listens on a
   * connection of its own opened with the given settings.
   */
  public PgChannels(DataSource dataSource, ConnectionSettings settings) {
    this(dataSource, settings, Tuning.DEFAULT);
  }

  PgChannels(DataSource dataSource, ConnectionSettings settings, Tuning tuning) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.tuning = tuning;
    this.name = "rancang-channels-" + INSTANCES.incrementAndGet();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads(name + "-delivery-"));
    this.deliveries = pool;
  }

  /**
   * Sends a message to every subscriber of the channel on every instance, when the current
   * transaction commits (at once without a transaction).
   *
   * @throws IllegalArgumentException for a channel name that is not lowercase {@code [a-z0-9_]} of
   *     1 to 63 characters, or a payload of {@value #MAX_PAYLOAD_BYTES} UTF-8 bytes or more, or
   *     with a NUL character
   */
  public void publish(String channel, String payload) {
    String checked = checkChannel(channel);
    checkPayload(payload);
    jdbc.sql("select pg_notify(?, ?)").params(checked, payload).query((rs, row) -> row).list();
  }

  /**
   * Calls the subscriber with the payload of every message on the channel until the returned
   * subscription is closed. Returns once this instance listens to the channel (or after a few
   * seconds while the database cannot be reached: it listens as soon as it can).
   */
  public Subscription subscribe(String channel, Consumer<String> subscriber) {
    String checked = checkChannel(channel);
    Objects.requireNonNull(subscriber, "subscriber");
    Mailbox mailbox = new Mailbox(checked, subscriber);
    synchronized (lifecycle) {
      if (closed) {
        throw new IllegalStateException(name + " is closed");
      }
      channels.compute(
          checked,
          (key, list) -> {
            CopyOnWriteArrayList<Mailbox> subscribers =
                list == null ? new CopyOnWriteArrayList<>() : list;
            subscribers.add(mailbox);
            return subscribers;
          });
      startListener();
    }
    Change change = new Change(checked);
    changes.add(change);
    awaitQuietly(change.done);
    return mailbox;
  }

  /** Stops listening and delivering; the subscribers get nothing more. */
  @Override
  public void close() {
    Thread thread;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      thread = listener;
    }
    if (thread != null) {
      LockSupport.unpark(thread);
      try {
        thread.join(tuning.poll().toMillis() + 5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        log.warn("{}: the listener thread did not stop in time", name);
      }
    }
    channels.values().forEach(list -> list.forEach(Mailbox::stop));
    channels.clear();
    changes.forEach(c -> c.done.complete(null));
    deliveries.shutdown();
    try {
      if (!deliveries.awaitTermination(2, TimeUnit.SECONDS)) {
        deliveries.shutdownNow();
      }
    } catch (InterruptedException e) {
      deliveries.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** A subscription to one channel; closing it stops the deliveries to its subscriber. */
  public interface Subscription extends AutoCloseable {

    /** The channel subscribed to. */
    String channel();

    /** Stops the deliveries: once this returns, no new call of the subscriber begins. */
    @Override
    void close();
  }

  /** The process id of the listening connection's server process, 0 while not connected. */
  int backendPid() {
    return backendPid;
  }

  /** The channels the listening connection listens to right now. */
  Set<String> listeningChannels() {
    return Set.copyOf(listening);
  }

  /** Whether the listener thread runs. */
  boolean listenerAlive() {
    synchronized (lifecycle) {
      return listener != null && listener.isAlive();
    }
  }

  static String checkChannel(String channel) {
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException(
          "A channel name is 1 to 63 characters of a-z, 0-9 and _, not: " + channel);
    }
    return channel;
  }

  static void checkPayload(String payload) {
    Objects.requireNonNull(payload, "payload");
    int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException(
          "A notification payload must be shorter than 8000 bytes (UTF-8); this one has "
              + bytes
              + ". Send an id and let the subscribers read the rest.");
    }
    if (payload.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("A notification payload cannot contain NUL characters");
    }
  }

  /** A channel name quoted as an SQL identifier (names are checked, so nothing needs escaping). */
  private static String quote(String channel) {
    return '"' + channel + '"';
  }

  private void unsubscribe(Mailbox mailbox) {
    mailbox.stop();
    boolean changed = false;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      CopyOnWriteArrayList<Mailbox> before = channels.get(mailbox.channel);
      if (before != null && before.contains(mailbox)) {
        channels.computeIfPresent(
            mailbox.channel,
            (key, list) -> {
              list.remove(mailbox);
              return list.isEmpty() ? null : list;
            });
        changed = true;
      }
    }
    if (changed) {
      changes.add(new Change(mailbox.channel));
    }
  }

  private void startListener() {
    // holding lifecycle
    if (listener == null) {
      listener = new Thread(this::listen, name + "-listener");
      listener.setDaemon(true);
      listener.start();
    }
  }

  private void awaitQuietly(CompletableFuture<Void> done) {
    try {
      done.get(tuning.subscribeWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("{}: not listening yet (database unreachable?); will listen on reconnect", name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  // --- the listener thread ---

  private void listen() {
    Connection connection = null;
    Duration retry = tuning.firstRetry();
    long lastActivity = System.nanoTime();
    try {
      while (!closed) {
        if (connection == null) {
          try {
            connection = connect();
            retry = tuning.firstRetry();
            lastActivity = System.nanoTime();
          } catch (SQLException e) {
            log.warn(
                "{}: cannot open the listening connection ({}); trying again in {} ms",
                name,
                e.getMessage(),
                retry.toMillis());
            pause(retry);
            retry = next(retry);
            continue;
          }
        }
        try {
          applyChanges(connection);
          PGNotification[] notifications =
              connection
                  .unwrap(PGConnection.class)
                  .getNotifications((int) tuning.poll().toMillis());
          if (notifications != null && notifications.length > 0) {
            lastActivity = System.nanoTime();
            for (PGNotification notification : notifications) {
              dispatch(notification.getName(), notification.getParameter());
            }
          } else if (System.nanoTime() - lastActivity > tuning.checkAfterQuiet().toNanos()) {
            // a connection dropped without a word (network, firewall) shows up only when used
            lastActivity = System.nanoTime();
            if (!connection.isValid(5)) {
              throw new SQLException("the listening connection is no longer valid", "08006");
            }
          }
        } catch (SQLException e) {
          if (closed) {
            break;
          }
          log.warn("{}: the listening connection broke ({}); reconnecting", name, e.getMessage());
          closeQuietly(connection);
          connection = null;
          listening.clear();
          backendPid = 0;
          // reconnect at once the first time; pauses grow only while connecting fails
        }
      }
    } catch (RuntimeException | Error e) {
      log.error("{}: the listener thread stopped", name, e);
      throw e;
    } finally {
      closeQuietly(connection);
      listening.clear();
      backendPid = 0;
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("ApplicationName", name);
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("connectTimeout", "10");
    Connection connection = DriverManager.getConnection(settings.url(), properties);
    try {
      connection.setAutoCommit(true);
      listening.clear();
      try (Statement statement = connection.createStatement()) {
        for (String channel : channels.keySet()) {
          statement.execute("LISTEN " + quote(channel));
          listening.add(channel);
        }
      }
      backendPid = connection.unwrap(PGConnection.class).getBackendPID();
      log.info("{}: listening on {} channel(s)", name, listening.size());
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      listening.clear();
      throw e;
    }
  }

  /** LISTENs to new channels and UNLISTENs from abandoned ones, then tells the waiting callers. */
  private void applyChanges(Connection connection) throws SQLException {
    Change change;
    while ((change = changes.peek()) != null) {
      String channel = change.channel;
      boolean wanted = channels.containsKey(channel);
      if (wanted && !listening.contains(channel)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + quote(channel));
        }
        listening.add(channel);
      } else if (!wanted && listening.contains(channel)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("UNLISTEN " + quote(channel));
        }
        listening.remove(channel);
      }
      // removed only once applied: after a broken connection the change is applied again
      changes.poll();
      change.done.complete(null);
    }
  }

  private void dispatch(String channel, String payload) {
    CopyOnWriteArrayList<Mailbox> subscribers = channels.get(channel);
    if (subscribers != null) {
      for (Mailbox mailbox : subscribers) {
        mailbox.offer(payload);
      }
    }
  }

  private void pause(Duration duration) {
    long jitter = ThreadLocalRandom.current().nextLong(duration.toMillis() / 5 + 1);
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(duration.toMillis() + jitter));
  }

  private Duration next(Duration retry) {
    Duration doubled = retry.multipliedBy(2);
    return doubled.compareTo(tuning.longestRetry()) > 0 ? tuning.longestRetry() : doubled;
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // already broken
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A LISTEN state to bring in line, and whoever waits for it. */
  private static final class Change {
    final String channel;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Change(String channel) {
      this.channel = channel;
    }
  }

  /**
   * The queue of one subscriber: messages wait here and are delivered one after the other on a
   * delivery thread, so that the subscriber never holds up the listener or other subscribers.
   */
  private final class Mailbox implements Subscription, Runnable {
    final String channel;
    private final Consumer<String> subscriber;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean scheduled;
    private boolean stopped;
    private long dropped;

    Mailbox(String channel, Consumer<String> subscriber) {
      this.channel = channel;
      this.subscriber = subscriber;
    }

    @Override
    public String channel() {
      return channel;
    }

    @Override
    public void close() {
      unsubscribe(this);
    }

    void offer(String payload) {
      synchronized (this) {
        if (stopped) {
          return;
        }
        if (queue.size() >= MAILBOX_CAPACITY) {
          queue.pollFirst();
          if (dropped++ % 1000 == 0) {
            log.warn(
                "{}: a subscriber of {} falls behind; dropped {} message(s)",
                name,
                channel,
                dropped);
          }
        }
        queue.addLast(payload);
        if (scheduled) {
          return;
        }
        scheduled = true;
      }
      try {
        deliveries.execute(this);
      } catch (RejectedExecutionException e) {
        synchronized (this) {
          scheduled = false;
        }
      }
    }

    synchronized void stop() {
      stopped = true;
      queue.clear();
    }

    @Override
    public void run() {
      while (true) {
        String payload;
        synchronized (this) {
          payload = stopped ? null : queue.pollFirst();
          if (payload == null) {
            scheduled = false;
            return;
          }
        }
        try {
          subscriber.accept(payload);
        } catch (VirtualMachineError e) {
          synchronized (this) {
            scheduled = false;
          }
          throw e;
        } catch (Throwable e) {
          // the subscriber's own failure: it gets the next message all the same
          log.warn("{}: a subscriber of {} failed on a message", name, channel, e);
        }
      }
    }
  }
}
