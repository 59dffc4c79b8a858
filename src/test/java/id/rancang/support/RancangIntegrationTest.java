package id.rancang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the test run's embedded PostgreSQL, with MockMvc going through the real
 * filters (security, sessions). Tests isolate themselves by creating their own regions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {"rancang.demo.enabled=false", "server.servlet.session.cookie.secure=false"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import({
  Fixtures.class,
  StrategyFixtures.class,
  ProgrammeFixtures.class,
  WorkshopFixtures.class,
  ParticipationFixtures.class,
  AttendanceFixtures.class,
  TestClock.class,
  ConsultationFixtures.class,
  PrioritisationFixtures.class,
  RoadmapFixtures.class,
  ScenarioFixtures.class
})
public @interface RancangIntegrationTest {}
