package id.rancang.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server for tests: the application's {@code JavaMailSender} keeps every message it is asked
 * to send instead of sending it. Import it together with a {@code spring.mail.host} property, which
 * tells the application that mail is configured.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CapturedMail {

  @Bean
  Outbox outbox() {
    return new Outbox();
  }

  /** The captured messages, in the order they were sent. */
  public static class Outbox extends JavaMailSenderImpl {

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(SimpleMailMessage... messages) {
      sent.addAll(List.of(messages));
    }

    public List<SimpleMailMessage> sent() {
      return List.copyOf(sent);
    }

    /**
     * The first message to the address that matches, waiting for it a while: mails are sent in the
     * background after the request has answered.
     */
    public SimpleMailMessage awaitTo(String address, Predicate<SimpleMailMessage> condition) {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (Instant.now().isBefore(deadline)) {
        for (SimpleMailMessage message : sent) {
          if (message.getTo() != null
              && List.of(message.getTo()).contains(address)
              && condition.test(message)) {
            return message;
          }
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      throw new AssertionError("no mail to " + address + " arrived; sent: " + sent);
    }

    /** All messages to the address so far. */
    public List<SimpleMailMessage> to(String address) {
      return sent.stream()
          .filter(m -> m.getTo() != null && List.of(m.getTo()).contains(address))
          .toList();
    }
  }
}
