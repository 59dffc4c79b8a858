package id.rancang.workshop.internal;

import id.rancang.shared.db.PgChannels;
import id.rancang.workshop.LiveQuestion;
import id.rancang.workshop.LiveQuestions;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes the live signals of questions to the browsers this instance serves (projectors, phones,
 * API clients) as server-sent events. Signals come from the database channel {@value
 * LiveQuestions#CHANNEL}, so a vote taken by any Rancang instance reaches the projectors of all of
 * them. A new stream begins with a {@code snapshot} of the question; after that it gets {@code
 * votes}, {@code idea}, {@code open} and {@code closed} events, and a comment every 15 seconds that
 * keeps proxies from closing it and finds streams whose browser went away.
 */
@Component
public class LiveFeed {

  private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
  static final Duration STREAM_TIMEOUT = Duration.ofHours(4);

  private final PgChannels channels;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
  private volatile PgChannels.Subscription subscription;

  LiveFeed(PgChannels channels) {
    this.channels = channels;
  }

  /** A stream of the question's changes, beginning with its current state. */
  public SseEmitter subscribe(LiveQuestion question) {
    listen();
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    Set<SseEmitter> set =
        streams.compute(
            question.id(),
            (id, present) -> {
              Set<SseEmitter> emitters = present == null ? ConcurrentHashMap.newKeySet() : present;
              emitters.add(emitter);
              return emitters;
            });
    Runnable remove = () -> set.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      emitter.send(SseEmitter.event().name("snapshot").data(json.writeValueAsString(question)));
    } catch (IOException e) {
      set.remove(emitter);
      emitter.completeWithError(e);
    }
    return emitter;
  }

  /** How many streams this instance serves now (for metrics and tests). */
  public int openStreams() {
    return streams.values().stream().mapToInt(Set::size).sum();
  }

  private void listen() {
    if (subscription == null) {
      synchronized (this) {
        if (subscription == null) {
          subscription = channels.subscribe(LiveQuestions.CHANNEL, this::deliver);
        }
      }
    }
  }

  void deliver(String payload) {
    JsonNode signal;
    try {
      signal = json.readTree(payload);
    } catch (RuntimeException e) {
      log.warn("Ignoring a live signal that is not JSON: {}", payload);
      return;
    }
    long questionId = signal.path("questionId").asLong();
    String type = signal.path("type").asString("votes");
    Set<SseEmitter> set = streams.get(questionId);
    if (set == null) {
      return;
    }
    for (SseEmitter emitter : set) {
      try {
        emitter.send(SseEmitter.event().name(type).data(payload));
      } catch (IOException | IllegalStateException e) {
        set.remove(emitter);
      }
    }
  }

  /**
   * Ends every stream when the application stops, before the web server's graceful shutdown would
   * wait for them: the browsers reconnect (to another instance, behind a load balancer).
   */
  @EventListener(ContextClosedEvent.class)
  void endStreams() {
    for (Set<SseEmitter> set : streams.values()) {
      for (SseEmitter emitter : set) {
        emitter.complete();
      }
      set.clear();
    }
    streams.clear();
  }

  @Scheduled(fixedDelay = 15_000)
  void heartbeat() {
    for (Set<SseEmitter> set : streams.values()) {
      for (SseEmitter emitter : set) {
        try {
          emitter.send(SseEmitter.event().comment("keep-alive"));
        } catch (IOException | IllegalStateException e) {
          set.remove(emitter);
        }
      }
    }
    for (Long id : streams.keySet()) {
      streams.computeIfPresent(id, (key, set) -> set.isEmpty() ? null : set);
    }
  }
}
