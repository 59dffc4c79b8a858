package id.rancang.workshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load driver for bench/live-votes.sh (not a test): against a running Rancang with the Kabupaten
 * Tegal demo, it sets up a workshop with {@code participants} participant accounts, ten ideas and
 * an open live question, then
 *
 * <ol>
 *   <li>lets every participant cast {@code choices} votes at once (one thread per participant,
 *       released together) on instance A and reports throughput and latency (p50, p90, p99, max),
 *       and checks the final counts against what was sent;
 *   <li>measures the delay from sending a vote on instance A until a projector stream on instance B
 *       (and one on A) receives its event, one vote at a time.
 * </ol>
 *
 * <p>Usage: {@code LiveVoteBenchmark <baseUrlA> <baseUrlB> [participants] [choices] [probes]}.
 */
public final class LiveVoteBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern VOTES = Pattern.compile("\"votes\"\\s*:\\s*(\\d+)");
  private static final Pattern IDEA = Pattern.compile("\"ideaId\"\\s*:\\s*(\\d+)");
  private static final String PASSWORD = "bench-peserta-2026";

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(16))
          .build();

  public static void main(String[] args) throws Exception {
    String a = args[0];
    String b = args[1];
    int participants = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int choices = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int probes = args.length > 4 ? Integer.parseInt(args[4]) : 50;
    new LiveVoteBenchmark().run(a, b, participants, choices, probes);
    System.exit(0);
  }

  private void run(String a, String b, int participants, int choices, int probes) throws Exception {
    String admin = token(a, "admin@tegalkab.demo", "rancang-demo-2024");
    long masterplan = firstId(get(a, "/api/v1/regions/33.28/masterplans", admin));
    long workshop =
        firstId(
            post(
                a,
                "/api/v1/masterplans/" + masterplan + "/workshops",
                admin,
                "{\"title\":\"Bimtek bench "
                    + System.currentTimeMillis()
                    + "\","
                    + "\"stage\":\"TAHAP_2\",\"startDate\":\"2026-12-01\","
                    + "\"endDate\":\"2026-12-02\",\"venue\":\"Pendopo\"}"));
    long start = System.nanoTime();
    List<String> tokens = new ArrayList<>();
    List<Long> accounts = new ArrayList<>();
    String run = Long.toString(System.currentTimeMillis(), 36);
    for (int i = 0; i < participants + probes; i++) {
      String email = "peserta-" + run + "-" + i + "@bench.test";
      accounts.add(
          firstId(
              post(
                  a,
                  "/api/v1/regions/33.28/users",
                  admin,
                  "{\"email\":\""
                      + email
                      + "\",\"name\":\"Peserta "
                      + i
                      + "\",\"role\":\"PARTICIPANT\",\"password\":\""
                      + PASSWORD
                      + "\"}")));
      tokens.add(token(a, email, PASSWORD));
    }
    post(
        a,
        "/api/v1/workshops/" + workshop + "/invitations",
        admin,
        "{\"accountIds\":" + accounts + ",\"pentahelixRole\":\"COMMUNITY\"}");
    List<Long> ideas = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ideas.add(
          firstId(
              post(
                  a,
                  "/api/v1/workshops/" + workshop + "/ideas",
                  admin,
                  "{\"title\":\"Usulan " + (i + 1) + "\",\"dimension\":\"LIVING\"}")));
    }
    long question =
        firstId(
            post(
                a,
                "/api/v1/workshops/" + workshop + "/live-questions",
                admin,
                "{\"prompt\":\"Usulan mana yang terpenting?\",\"maxChoices\":" + choices + "}"));
    post(a, "/api/v1/live-questions/" + question + "/open", admin, "");
    System.out.printf(
        "setup: %d participants with tokens, 10 ideas, open question in %.1f s%n",
        participants + probes, (System.nanoTime() - start) / 1e9);

    burst(a, question, ideas, tokens.subList(0, participants), choices, admin);
    probe(a, b, question, ideas.get(0), tokens.subList(participants, participants + probes), admin);
  }

  /** Every participant casts {@code choices} votes at once; latency per request, throughput. */
  private void burst(
      String a, long question, List<Long> ideas, List<String> tokens, int choices, String admin)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<long[]>> results = new ArrayList<>();
    Map<Long, Integer> expected = new ConcurrentHashMap<>();
    for (int p = 0; p < tokens.size(); p++) {
      String token = tokens.get(p);
      List<Long> mine = new ArrayList<>();
      for (int c = 0; c < choices; c++) {
        long idea = ideas.get((p + c * 3) % ideas.size());
        mine.add(idea);
        expected.merge(idea, 1, Integer::sum);
      }
      results.add(
          pool.submit(
              () -> {
                go.await();
                long[] latencies = new long[mine.size()];
                for (int i = 0; i < mine.size(); i++) {
                  long t0 = System.nanoTime();
                  HttpResponse<String> r =
                      send(
                          request(a, "/api/v1/live-questions/" + question + "/votes", token)
                              .POST(body("{\"ideaId\":" + mine.get(i) + "}")));
                  latencies[i] = System.nanoTime() - t0;
                  if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                  }
                }
                return latencies;
              }));
    }
    long t0 = System.nanoTime();
    go.countDown();
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      for (long l : f.get(10, TimeUnit.MINUTES)) {
        all.add(l);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    String state = get(a, "/api/v1/live-questions/" + question, admin);
    Matcher ideaM = IDEA.matcher(state);
    Matcher votesM = VOTES.matcher(state);
    int mismatches = 0;
    while (ideaM.find() && votesM.find(ideaM.end())) {
      long idea = Long.parseLong(ideaM.group(1));
      long votes = Long.parseLong(votesM.group(1));
      if (votes != expected.getOrDefault(idea, 0)) {
        mismatches++;
      }
    }
    System.out.printf(
        "burst: %d participants x %d votes = %d votes in %.2f s: %.0f votes/s; latency ms"
            + " p50=%.1f p90=%.1f p99=%.1f max=%.1f; counts that differ from those sent: %d%n",
        tokens.size(),
        choices,
        all.size(),
        seconds,
        all.size() / seconds,
        pct(all, 50),
        pct(all, 90),
        pct(all, 99),
        pct(all, 100),
        mismatches);
  }

  /** One vote at a time on A; the delay until the projectors on A and on B see it. */
  private void probe(
      String a, String b, long question, long idea, List<String> tokens, String admin)
      throws Exception {
    BlockingQueue<String[]> onA = stream(a, question, admin);
    BlockingQueue<String[]> onB = stream(b, question, admin);
    List<Long> delaysA = new ArrayList<>();
    List<Long> delaysB = new ArrayList<>();
    for (String token : tokens) {
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          send(
              request(a, "/api/v1/live-questions/" + question + "/votes", token)
                  .POST(body("{\"ideaId\":" + idea + "}")));
      Matcher m = VOTES.matcher(r.body());
      String votes = m.find() ? m.group(1) : "?";
      delaysA.add(await(onA, idea, votes) - t0);
      delaysB.add(await(onB, idea, votes) - t0);
    }
    System.out.printf(
        "projector delay (vote sent on A until the event arrives), %d votes: same instance ms"
            + " p50=%.1f p99=%.1f max=%.1f; other instance ms p50=%.1f p99=%.1f max=%.1f%n",
        tokens.size(),
        pct(delaysA, 50),
        pct(delaysA, 99),
        pct(delaysA, 100),
        pct(delaysB, 50),
        pct(delaysB, 99),
        pct(delaysB, 100));
  }

  /** The arrival time (nanoTime) of the votes event of this idea with this count. */
  private static long await(BlockingQueue<String[]> events, long idea, String votes)
      throws InterruptedException {
    while (true) {
      String[] event = events.poll(30, TimeUnit.SECONDS);
      if (event == null) {
        throw new IllegalStateException("no event for idea " + idea + " with " + votes + " votes");
      }
      if (event[1].contains("\"ideaId\":" + idea) && event[1].contains("\"votes\":" + votes)) {
        return Long.parseLong(event[0]);
      }
    }
  }

  /** Subscribes to the question's stream; queues [arrival nanoTime, data] of votes events. */
  private BlockingQueue<String[]> stream(String base, long question, String token)
      throws Exception {
    BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    HttpResponse<Stream<String>> r =
        http.send(
            request(base, "/api/v1/live-questions/" + question + "/events", token)
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    Thread reader =
        new Thread(
            () -> {
              String[] name = {""};
              r.body()
                  .forEach(
                      line -> {
                        if (line.startsWith("event:")) {
                          name[0] = line.substring(6).strip();
                        } else if (line.startsWith("data:") && name[0].equals("votes")) {
                          events.add(new String[] {Long.toString(System.nanoTime()), line});
                        }
                      });
            });
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  private static double pct(List<Long> nanos, int p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private String token(String base, String email, String password) throws Exception {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")));
    Matcher m = TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no token for " + email + ": " + r.body());
    }
    return m.group(1);
  }

  private String get(String base, String path, String token) throws Exception {
    return check(send(request(base, path, token).GET()));
  }

  private String post(String base, String path, String token, String json) throws Exception {
    return check(send(request(base, path, token).POST(body(json))));
  }

  private static HttpRequest.Builder request(String base, String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60));
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String check(HttpResponse<String> r) {
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(
          r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static long firstId(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private LiveVoteBenchmark() {}
}
