package id.rancang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.rancang.identity.Role;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.StakeholderRegister;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyTree;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import id.rancang.support.WorkshopFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every API endpoint, called by every role of the region, by a region administrator of another
 * region and without a token, answers with the status the role model promises.
 *
 * <p>Callers: SA system administrator, RA region administrator, ED editor, OC OPD contributor (of
 * the region's OPD), RV reviewer, PA participant, OT another region's administrator, AN anonymous.
 */
@RancangIntegrationTest
class ApiAuthorisationTests {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired id.rancang.support.AttendanceFixtures attendance;
  @Autowired id.rancang.support.ConsultationFixtures consultations;
  @Autowired WorkshopFixtures workshopFixtures;
  @Autowired StakeholderRegister stakeholders;
  @Autowired MasterplanManagement masterplans;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeFixtures programmes;
  @Autowired StrategyTree tree;
  @Autowired IndicatorRegister indicators;
  @Autowired id.rancang.support.ParticipationFixtures participation;
  @Autowired id.rancang.support.PrioritisationFixtures prioritisationFixtures;
  @Autowired id.rancang.support.ScenarioFixtures scenarioFixtures;

  record Endpoint(String method, String path, String body, String expected) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static Stream<Arguments> cases() {
    List<Endpoint> endpoints =
        List.of(
            new Endpoint(
                "GET",
                "/api/v1/regions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions",
                "{\"code\":\"{newCode}\",\"name\":\"Baru\",\"type\":\"KABUPATEN\",\"province\":\"Aceh\"}",
                "SA=201 RA=403 ED=403 OC=403 RV=403 PA=403 OT=403 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}",
                "{\"name\":\"Ubah\",\"province\":\"Aceh\",\"version\":0}",
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/masterplans",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/masterplans",
                "{\"title\":\"Masterplan\",\"startYear\":2025}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/masterplans/{masterplan}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}/masterplans/{masterplan}",
                "{\"title\":\"Baru\",\"startYear\":2025,\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/masterplans/{masterplan}/status",
                "{\"status\":\"IN_REVIEW\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/masterplans/{masterplan}/status",
                "{\"status\":\"ARCHIVED\",\"version\":0}",
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/users",
                null,
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/users",
                "{\"email\":\"baru{unique}@uji.test\",\"name\":\"Baru\",\"role\":\"EDITOR\"}",
                "SA=201 RA=201 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}/users/{participant}",
                "{\"role\":\"REVIEWER\"}",
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/regions/{code}/users/{participant}",
                null,
                "SA=204 RA=204 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/opds",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/opds",
                "{\"name\":\"Dinas Baru\",\"abbreviation\":\"DB\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/opds/{opd}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}/opds/{opd}",
                "{\"name\":\"Dinas Ubah\",\"abbreviation\":\"DUB\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}/opds/{otherOpd}",
                "{\"name\":\"Dinas Lain\",\"abbreviation\":\"DL2\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/regions/{code}/opds/{otherOpd}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "MULTIPART",
                "/api/v1/regions/{code}/opds/import",
                "nama,singkatan\nDinas Impor,DI\n",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/stakeholders",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/stakeholders",
                "{\"kind\":\"ORGANISATION\",\"name\":\"Radar\",\"pentahelixRole\":\"MEDIA\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/stakeholders/{stakeholder}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}/stakeholders/{stakeholder}",
                "{\"kind\":\"PERSON\",\"name\":\"Ubah\",\"pentahelixRole\":\"ACADEMIA\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/regions/{code}/stakeholders/{stakeholder}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/stakeholders/{stakeholder}/personal-data",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/regions/{code}/stakeholders/{stakeholder}/personal-data",
                null,
                "SA=204 RA=204 ED=403 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/audit?recordType=opd&recordId={opd}",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=200 PA=403 OT=404 AN=401"),
            // StrategyApiController and IndicatorApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/vision",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/vision",
                "{\"statement\":\"Visi baru\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/missions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/missions",
                "{\"statement\":\"Misi baru\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/missions/{mission}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/missions/{mission}",
                "{\"statement\":\"Ubah\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/missions/{looseMission}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/goals",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/goals",
                "{\"statement\":\"Tujuan baru\",\"missionId\":{mission}}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/goals/{goal}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/goals/{goal}",
                "{\"statement\":\"Ubah\",\"missionId\":{mission},\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/goals/{looseGoal}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/targets",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/targets",
                "{\"statement\":\"Sasaran baru\",\"goalId\":{goal}}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/targets/{target}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/targets/{target}",
                "{\"statement\":\"Ubah\",\"goalId\":{goal},\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/targets/{looseTarget}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/indicators",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/indicators",
                "{\"code\":\"BARU\",\"name\":\"Baru\",\"unit\":\"persen\",\"polarity\":\"POSITIVE\",\"targetId\":{target}}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/indicators/{indicator}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/indicators/{indicator}",
                "{\"code\":\"{indicatorCode}\",\"name\":\"Ubah\",\"unit\":\"persen\",\"polarity\":\"POSITIVE\",\"targetId\":{target},\"opdId\":{opd},\"version\":0}",
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/indicators/{otherIndicator}",
                "{\"code\":\"{otherIndicatorCode}\",\"name\":\"Ubah\",\"unit\":\"persen\",\"polarity\":\"POSITIVE\",\"targetId\":{target},\"opdId\":{thirdOpd},\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/indicators/{indicator}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/indicators/{indicator}/move",
                "{\"direction\":\"DOWN\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/indicators/from-library",
                "{\"libraryCode\":\"SDG-11.6.2\",\"targetId\":{target}}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/indicators/trajectory",
                "{\"baseline\":{\"year\":2023,\"value\":40},\"endTarget\":90}",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            // ProgrammeApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/programmes",
                "{\"code\":\"NEW-{unique}\",\"name\":\"Baru\",\"dimension\":\"LIVING\",\"horizon\":\"LONG\",\"startYear\":2024,\"endYear\":2030}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes/{programme}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/programmes/{programme}",
                "{\"code\":\"{programmeCode}\",\"name\":\"Ubah\",\"dimension\":\"GOVERNANCE\",\"horizon\":\"MEDIUM\",\"startYear\":2025,\"endYear\":2027,\"leadOpdId\":{opd},\"version\":0}",
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/programmes/{looseProgramme}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/programmes/{programme}/status",
                "{\"status\":\"SELECTED\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes/{programme}/status-history",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes/budget-summary",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes/quick-wins",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes/{programme}/dependencies",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            // ActionApiController (the programme is led by the contributor's OPD)
            new Endpoint(
                "GET",
                "/api/v1/programmes/{programme}/actions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/programmes/{programme}/actions",
                "{\"category\":\"INFRASTRUCTURE\",\"title\":\"Server\",\"year\":2025,\"quarter\":1}",
                "SA=201 RA=201 ED=201 OC=201 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/programmes/{programme}/actions/{action}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/programmes/{programme}/actions/{action}",
                "{\"category\":\"INFRASTRUCTURE\",\"title\":\"Server\",\"year\":2025,\"quarter\":1,\"version\":0}",
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/programmes/{programme}/actions/{action}",
                null,
                "SA=204 RA=204 ED=204 OC=204 RV=403 PA=403 OT=404 AN=401"),
            // ProfileStatApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/profile-stats",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/profile-stats",
                "{\"name\":\"IPM\",\"value\":71.5,\"unit\":\"indeks\",\"year\":2023,\"source\":\"BPS\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/profile-stats/{profileStat}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/profile-stats/{profileStat}",
                "{\"name\":\"Jumlah penduduk\",\"value\":2000,\"unit\":\"jiwa\",\"year\":2023,"
                    + "\"source\":\"BPS\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/profile-stats/{profileStat}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "MULTIPART",
                "/api/v1/masterplans/{masterplan}/profile-stats/import",
                "nama,nilai,satuan,tahun,sumber\nLuas wilayah,879.7,km2,2023,BPS\n",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // ReadinessApiController and reference data
            new Endpoint(
                "GET",
                "/api/v1/dimensions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/readiness",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/readiness/items",
                "{\"dimension\":\"LIVING\",\"pillar\":\"STRUKTUR\",\"kind\":\"THREAT\",\"statement\":\"Banjir\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/readiness/items/{swotItem}",
                "{\"dimension\":\"GOVERNANCE\",\"pillar\":\"STRUKTUR\",\"kind\":\"WEAKNESS\",\"statement\":\"Ubah\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/readiness/items/{swotItem}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/readiness/gaps/GOVERNANCE/STRUKTUR",
                "{\"currentState\":\"Kini\",\"desiredState\":\"Nanti\"}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // BrandingApiController and CommentApiController (the masterplan has a branding and a
            // comment on it by the region's reviewer)
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/branding",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/branding",
                "{\"tagline\":\"Cerdas\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/comments",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/comments/{comment}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/comments",
                "{\"subjectType\":\"BRANDING\",\"subjectId\":{masterplan},\"body\":\"Catatan\"}",
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/comments/{comment}/resolved",
                "{\"resolved\":true,\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // the reviewer wrote the comment: authors delete their own
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/comments/{comment}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=204 PA=403 OT=404 AN=401"),
            // indicator library (reference data, not region data: OT reads it too)
            new Endpoint(
                "GET",
                "/api/v1/indicator-library?q=air&family=SDG",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/indicator-library/SDG-11.6.2",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            // RpjmdApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/rpjmd",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/rpjmd",
                "{\"startYear\":2019,\"endYear\":2024,\"vision\":\"Tegal sejahtera\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/rpjmd/items",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/rpjmd/items",
                "{\"kind\":\"MISSION\",\"code\":\"MX{unique}\",\"statement\":\"Misi\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}",
                "{\"kind\":\"MISSION\",\"code\":\"MU{unique}\",\"statement\":\"Ubah\","
                    + "\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}/move?direction=up&version=0",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "MULTIPART",
                "/api/v1/masterplans/{masterplan}/rpjmd/import",
                "jenis,kode,induk,pernyataan\nMISI,MI1,,Misi impor\n",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // indicator workbook: IndicatorWorkbookApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/indicators/export",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "MULTIPART",
                "/api/v1/masterplans/{masterplan}/indicators/import",
                "kode,nama,satuan,polaritas,sasaran\nIMPOR-{unique},Indikator impor,persen,positif,{target}\n",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // funding sources of a region: FundingSourceApiController
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/funding-sources",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/regions/{code}/funding-sources",
                "{\"code\":\"BANK_{unique}\",\"name\":\"CSR Bank Jateng\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/regions/{code}/funding-sources/{fundingSource}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/regions/{code}/funding-sources/{fundingSource}",
                "{\"name\":\"Hibah Provinsi Jawa Tengah\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/regions/{code}/funding-sources/{fundingSource}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // books: DocumentApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/documents/buku-2.docx",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/documents/ringkasan-eksekutif.pdf",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            // programme workbook: ProgrammeWorkbookApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/programmes/export",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "MULTIPART",
                "/api/v1/masterplans/{masterplan}/programmes/import",
                "kode,nama,dimensi,horizon,tahun mulai,tahun selesai,opd pengampu\nIMPOR-{unique},Program impor,GOVERNANCE,MEDIUM,2025,2027,{opdAbbreviation}\n",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // Excel matrices: MatrixApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/matrices/anggaran.xlsx",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/matrices/program.xlsx?lang=en",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            // masterplan versions: VersionApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/versions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/versions",
                "{\"name\":\"v{unique} - Perbup\",\"note\":\"Ditetapkan\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/versions/{version}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/versions/{version}/content",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/versions/diff?from={version}&to=live",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            // workshop core: WorkshopApiController, AgendaApiController, InvitationApiController,
            // MaterialApiController, MinutesApiController (the participant is invited)
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/workshops",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/workshops",
                "{\"title\":\"Bimtek\",\"stage\":\"TAHAP_1\",\"startDate\":\"2024-03-04\",\"endDate\":\"2024-03-05\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/workshops/{workshop}",
                "{\"title\":\"Ubah\",\"stage\":\"TAHAP_2\",\"startDate\":\"2023-07-31\",\"endDate\":\"2023-08-01\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/workshops/{looseWorkshop}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/sessions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/sessions",
                "{\"day\":\"2023-08-01\",\"startsAt\":\"13:00\",\"endsAt\":\"14:00\",\"topic\":\"Diskusi\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/workshops/{workshop}/sessions/{session}",
                "{\"day\":\"2023-07-31\",\"startsAt\":\"09:00\",\"endsAt\":\"10:00\",\"topic\":\"Ubah\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/workshops/{workshop}/sessions/{session}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/invitations",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/invitations",
                "{\"stakeholderIds\":[{stakeholder}]}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/workshops/{workshop}/invitations/{invitation}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/registration",
                null,
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=200 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/workshops/{workshop}/registration",
                null,
                "SA=204 RA=204 ED=204 OC=204 RV=204 PA=204 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/materials",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "MULTIPART",
                "/api/v1/workshops/{workshop}/materials",
                "kecamatan,jiwa\nSlawi,75000\n",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/materials/{material}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/materials/{material}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/minutes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/workshops/{workshop}/minutes",
                "{\"body\":\"Notulen\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/decisions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/decisions",
                "{\"body\":\"Keputusan\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/decisions/{decision}",
                "{\"body\":\"Ubah\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/decisions/{decision}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // workshop ideas: IdeaApiController
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/ideas?sort=SUPPORT",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/ideas",
                "{\"title\":\"Usulan {unique}\",\"dimension\":\"LIVING\"}",
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=201 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/ideas/{idea}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/ideas/{idea}",
                "{\"title\":\"Diubah\",\"dimension\":\"LIVING\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/ideas/{idea}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/ideas/{idea}/votes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/ideas/{idea}/votes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/ideas/{idea}/supporters",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/ideas/{idea}/comments",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/ideas/{idea}/comments",
                "{\"body\":\"Setuju\"}",
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=201 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/idea-comments/{ideaComment}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=204 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/ideas/{idea}/reports",
                "{\"reason\":\"Iklan\"}",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/ideas/{idea}/moderation",
                "{\"decision\":\"KEPT\"}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/moderation",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // programmes from ideas: IdeaPromotionApiController
            new Endpoint(
                "POST",
                "/api/v1/ideas/{idea}/promote",
                "{\"code\":\"USL-{unique}\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/ideas/{idea}/programmes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            // live questions: LiveQuestionApiController
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/live-questions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/live-questions",
                "{\"prompt\":\"Pertanyaan {unique}\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/live-questions/{liveQuestion}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/live-questions/{liveQuestion}/events",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/live-questions/{liveQuestion}/votes",
                "{\"ideaId\":{idea}}",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/live-questions/{liveQuestion}/ideas",
                "{\"title\":\"Ide {unique}\",\"dimension\":\"LIVING\"}",
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=201 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/live-questions/{liveQuestion}/close",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // decisions about programmes: DecisionProgrammeApiController
            new Endpoint(
                "GET",
                "/api/v1/decisions/{decision}/programmes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/decisions/{decision}/programmes",
                "{\"programmeId\":{programme}}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/decisions/{decision}/programmes/{programme}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // public consultations: ConsultationApiController
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/consultations",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/consultations",
                "{\"title\":\"Konsultasi {unique}\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-03-31\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/consultations/{consultation}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/consultations/{consultation}",
                "{\"title\":\"Ubah\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-04-30\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/consultations/{consultation}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/consultations/{draftConsultation}/open",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/consultations/{consultation}/close",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/consultations/{consultation}/ideas",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/consultations/{consultation}/ideas",
                "{\"title\":\"Usulan {unique}\",\"dimension\":\"ENVIRONMENT\"}",
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=201 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/consultations/{consultation}/moderation",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // workshop attendance and data presentation: AttendanceApiController,
            // CheckInApiController ({checkInCode}: a workshop held today),
            // PresentationApiController
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/attendance?day=2023-07-31",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/attendance",
                "{\"invitationId\":{invitation},\"day\":\"2023-07-31\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/workshops/{workshop}/attendance/{attendedInvitation}/2023-07-31",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/attendance/summary",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/check-in",
                "{\"code\":\"{checkInCode}\"}",
                "SA=201 RA=201 ED=201 OC=201 RV=201 PA=201 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/workshops/{workshop}/presentation",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/presentation",
                "{\"indicatorId\":{indicator}}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/workshops/{workshop}/presentation/{presentationItem}/move",
                "{\"direction\":\"DOWN\"}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/workshops/{workshop}/presentation/{presentationItem}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // calculation API (stateless, no region data: anyone signed in, whatever their region)
            new Endpoint(
                "POST",
                "/api/v1/ahp/priorities",
                "{\"matrix\":[[1,3],[0.3333,1]]}",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/ahp/aggregate",
                "{\"evaluators\":[{\"matrix\":[[1,3],[0.3333,1]]},{\"n\":2,\"matrix\":[[1,2],[0.5,1]]}]}",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/ahp/ri-tables",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=401"),
            // prioritisation set-up: ExerciseApiController, CriterionApiController,
            // EvaluatorApiController ({exercise} has the defaults and the participant as its
            // evaluator in {group}; {otherExercise} has no evaluator; {emptyGroup} none either)
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/prioritisation/exercises",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/prioritisation/exercises",
                "{\"name\":\"Prioritas {unique}\",\"defaultCriteria\":true}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{otherExercise}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=404 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/prioritisation/exercises/{exercise}",
                "{\"name\":\"Ubah {unique}\",\"aggregation\":\"AIP\",\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/prioritisation/exercises/{exercise}/status",
                "{\"status\":\"OPEN\"}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/prioritisation/exercises/{exercise}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/criteria",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/prioritisation/exercises/{exercise}/criteria",
                "{\"code\":\"BARU\",\"name\":\"Baru\"}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/criteria/{criterion}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/prioritisation/criteria/{criterion}",
                "{\"code\":\"SOSIAL\",\"name\":\"Ubah\",\"levels\":[{\"label\":\"A\"},{\"label\":\"B\"}],\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/prioritisation/criteria/{criterion}/move",
                "{\"direction\":\"DOWN\"}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/prioritisation/criteria/{criterion}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/groups",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/prioritisation/exercises/{exercise}/groups",
                "{\"name\":\"Tenaga ahli\",\"weight\":2}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/groups/{group}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/prioritisation/groups/{group}",
                "{\"name\":\"Pemda\",\"weight\":3,\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/prioritisation/groups/{emptyGroup}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/evaluators",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/prioritisation/exercises/{exercise}/evaluators",
                "{\"groupId\":{emptyGroup},\"accountIds\":[{participant}]}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/evaluators/{evaluator}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/prioritisation/evaluators/{evaluator}",
                "{\"groupId\":{emptyGroup},\"weight\":2,\"version\":0}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/prioritisation/evaluators/{evaluator}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // evaluators' own input and the results: JudgementApiController, RatingApiController,
            // ResultApiController ({exercise} is a draft the participant evaluates: saving is
            // refused with a message, after authorisation)
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/my-judgements",
                null,
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/prioritisation/exercises/{exercise}/my-judgements",
                "{\"judgements\":[{\"firstId\":{criterion},\"secondId\":{criterion},\"value\":3}]}",
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=400 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/prioritisation/exercises/{exercise}/my-judgements/submit",
                null,
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=400 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/my-ratings",
                null,
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/prioritisation/exercises/{exercise}/my-ratings",
                "{\"ratings\":[{\"programmeId\":{programme},\"criterionId\":{criterion},\"level\":1}]}",
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=400 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/results",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/prioritisation/exercises/{exercise}/results/what-if?criterionId={criterion}&weight=0.5",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            // roadmap: ScenarioApiController ({scenario} considers {programme}; {solvedScenario}
            // has a schedule)
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios",
                "{\"name\":\"Skenario {unique}\",\"programmeIds\":[{programme}],\"ceilings\":[{\"year\":2024,\"source\":\"APBD\",\"amount\":1000},{\"year\":2025,\"source\":\"APBD\",\"amount\":1000},{\"year\":2026,\"source\":\"APBD\",\"amount\":1000},{\"year\":2027,\"source\":\"APBD\",\"amount\":1000},{\"year\":2028,\"source\":\"APBD\",\"amount\":1000},{\"year\":2029,\"source\":\"APBD\",\"amount\":1000},{\"year\":2030,\"source\":\"APBD\",\"amount\":1000},{\"year\":2031,\"source\":\"APBD\",\"amount\":1000},{\"year\":2032,\"source\":\"APBD\",\"amount\":1000},{\"year\":2033,\"source\":\"APBD\",\"amount\":1000}]}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{scenario}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{scenario}",
                "{\"name\":\"Ubah {unique}\",\"programmeIds\":[{programme}],\"version\":0,\"ceilings\":[{\"year\":2024,\"source\":\"APBD\",\"amount\":1000},{\"year\":2025,\"source\":\"APBD\",\"amount\":1000},{\"year\":2026,\"source\":\"APBD\",\"amount\":1000},{\"year\":2027,\"source\":\"APBD\",\"amount\":1000},{\"year\":2028,\"source\":\"APBD\",\"amount\":1000},{\"year\":2029,\"source\":\"APBD\",\"amount\":1000},{\"year\":2030,\"source\":\"APBD\",\"amount\":1000},{\"year\":2031,\"source\":\"APBD\",\"amount\":1000},{\"year\":2032,\"source\":\"APBD\",\"amount\":1000},{\"year\":2033,\"source\":\"APBD\",\"amount\":1000}]}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{scenario}",
                null,
                "SA=204 RA=204 ED=204 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{scenario}/solve",
                null,
                "SA=202 RA=202 ED=202 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{scenario}/cancel",
                null,
                "SA=202 RA=202 ED=202 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{scenario}/copy",
                "{\"name\":\"Salinan {unique}\",\"ceilingFactor\":0.8}",
                "SA=201 RA=201 ED=201 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "PUT",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{solvedScenario}/schedule/{programme}",
                "{\"startYear\":2030,\"version\":1}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "POST",
                "/api/v1/masterplans/{masterplan}/roadmap/scenarios/{solvedScenario}/adopt",
                "{}",
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=401"),
            new Endpoint(
                "GET",
                "/api/v1/masterplans/{masterplan}/roadmap/comparison?ids={scenario},{solvedScenario}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/auth/token",
                null,
                "SA=204 RA=204 ED=204 OC=204 RV=204 PA=204 OT=204 AN=401"),
            new Endpoint(
                "DELETE",
                "/api/v1/auth/token/all",
                null,
                "SA=204 RA=204 ED=204 OC=204 RV=204 PA=204 OT=204 AN=401"));
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (String pair : endpoint.expected().split(" ")) {
        String[] kv = pair.split("=");
        cases.add(Arguments.of(endpoint, kv[0], Integer.parseInt(kv[1])));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} by {1} answers {2}")
  @MethodSource("cases")
  void everyEndpointAnswersEachCallerAsTheRoleModelSays(
      Endpoint endpoint, String caller, int expected) throws Exception {
    // read-only pages share one prepared region per row (every caller sees the same records):
    // test region codes are a few thousand and the whole suite must stay within them
    Prepared prepared =
        endpoint.method().equals("GET")
            ? SHARED.computeIfAbsent(endpoint, e -> prepare(e))
            : prepare(endpoint);
    TestRegion region = prepared.region();
    Map<String, String> values = prepared.values();
    String path = fill(endpoint.path(), values);
    String body = endpoint.body() == null ? null : fill(endpoint.body(), values);

    AbstractMockHttpServletRequestBuilder<?> request;
    if (endpoint.method().equals("MULTIPART")) {
      request =
          multipart(path)
              .file(
                  new MockMultipartFile(
                      "file", "opd.csv", "text/csv", body.getBytes(StandardCharsets.UTF_8)));
    } else {
      request = request(HttpMethod.valueOf(endpoint.method()), path);
      if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).content(body);
      }
    }
    // signing out revokes the caller's own token: those rows get an other region of their own
    Fixtures.Person person =
        endpoint.path().startsWith("/api/v1/auth/token") && caller.equals("OT")
            ? fixtures.caller(caller, region, fixtures.newRegion())
            : caller(caller, region);
    if (person != null) {
      request.with(person.bearer());
    }

    int status = mvc.perform(request).andReturn().getResponse().getStatus();

    assertThat(status).as("%s by %s", endpoint, caller).isEqualTo(expected);
  }

  private Fixtures.Person caller(String caller, TestRegion region) {
    // another region's administrator: every record id of this region must be "not found"
    return fixtures.caller(caller, region, caller.equals("OT") ? otherRegion() : null);
  }

  private static String fill(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = result.replace(e.getKey(), e.getValue());
    }
    return result;
  }

  /**
   * The region of the "OT" caller: any other region will do, so one serves every case (test region
   * codes are a few thousand, and each case already takes one).
   */
  private static TestRegion otherRegion;

  private synchronized TestRegion otherRegion() {
    if (otherRegion == null) {
      otherRegion = fixtures.newRegion();
    }
    return otherRegion;
  }

  /** A region under test with every record the rows refer to, and the placeholders' values. */
  private record Prepared(TestRegion region, Map<String, String> values) {}

  private static final Map<Endpoint, Prepared> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Prepared prepare(Endpoint endpoint) {
    TestRegion region = fixtures.newRegion();
    long otherOpd =
        fixtures.createOpd(
            region.id(), "Dinas Lain " + UNIQUE.incrementAndGet(), "DL" + UNIQUE.get());
    long stakeholder = fixtures.createPersonStakeholder(region.id());
    long masterplan = fixtures.createMasterplan(region.id());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{code}", region.code());
    values.put("{opd}", Long.toString(region.opd().id()));
    values.put("{otherOpd}", Long.toString(otherOpd));
    values.put("{stakeholder}", Long.toString(stakeholder));
    values.put("{masterplan}", Long.toString(masterplan));
    values.put("{profileStat}", Long.toString(fixtures.createProfileStat(region.id(), masterplan)));
    values.put("{swotItem}", Long.toString(fixtures.createSwotItem(region.id(), masterplan)));
    values.put(
        "{version}", Long.toString(fixtures.createMasterplanVersion(region.id(), masterplan)));
    values.put("{fundingSource}", Long.toString(programmes.createFundingSource(region.id())));
    values.put(
        "{consultation}", Long.toString(consultations.openConsultation(region.id(), masterplan)));
    values.put(
        "{draftConsultation}",
        Long.toString(
            consultations.createConsultation(
                region.id(), masterplan, id.rancang.workshop.ConsultationStatus.DRAFT)));
    // a workshop without ideas, which may be deleted
    values.put(
        "{looseWorkshop}", Long.toString(workshopFixtures.createWorkshop(region.id(), masterplan)));
    long workshop = workshopFixtures.createWorkshop(region.id(), masterplan);
    values.put("{workshop}", Long.toString(workshop));
    values.put("{session}", Long.toString(workshopFixtures.createSession(region.id(), workshop)));
    values.put(
        "{invitation}",
        Long.toString(
            workshopFixtures.inviteMember(
                region.id(), workshop, region.as(Role.PARTICIPANT).accountId())));
    values.put("{material}", Long.toString(workshopFixtures.createMaterial(region.id(), workshop)));
    values.put("{decision}", Long.toString(workshopFixtures.createDecision(region.id(), workshop)));
    values.put(
        "{attendedInvitation}",
        Long.toString(attendance.attendedStakeholder(region.id(), workshop)));
    values.put("{checkInCode}", attendance.todaysCheckInCode(region.id(), masterplan));
    values.put(
        "{presentationItem}",
        Long.toString(attendance.presentationItem(region.id(), masterplan, workshop)));
    values.put("{opdAbbreviation}", region.opd().abbreviation());
    values.put("{rpjmdItem}", Long.toString(fixtures.createRpjmdItem(region.id(), masterplan)));
    long programme = programmes.createProgramme(region.id(), masterplan, region.opd().id());
    values.put("{programme}", Long.toString(programme));
    values.put("{action}", Long.toString(programmes.createAction(region.id(), programme)));
    values.put("{programmeCode}", programmes.code(region.id(), masterplan, programme));
    values.put(
        "{looseProgramme}",
        Long.toString(programmes.createProgramme(region.id(), masterplan, null)));
    StrategyFixtures.Branch branch =
        strategy.createBranch(region.id(), masterplan, region.opd().id());
    long thirdOpd =
        fixtures.createOpd(
            region.id(), "Dinas Ketiga " + UNIQUE.incrementAndGet(), "DK" + UNIQUE.get());
    long otherIndicator =
        strategy.createIndicator(region.id(), masterplan, branch.target(), thirdOpd);
    values.put("{thirdOpd}", Long.toString(thirdOpd));
    values.put("{mission}", Long.toString(branch.mission()));
    values.put("{goal}", Long.toString(branch.goal()));
    values.put("{target}", Long.toString(branch.target()));
    values.put(
        "{indicatorCode}", indicators.get(region.id(), masterplan, branch.indicator()).code());
    values.put(
        "{otherIndicatorCode}", indicators.get(region.id(), masterplan, otherIndicator).code());
    values.put("{indicator}", Long.toString(branch.indicator()));
    values.put("{otherIndicator}", Long.toString(otherIndicator));
    values.put("{looseMission}", Long.toString(strategy.createMission(region.id(), masterplan)));
    values.put(
        "{looseGoal}",
        Long.toString(strategy.createGoal(region.id(), masterplan, branch.mission())));
    values.put(
        "{looseTarget}",
        Long.toString(strategy.createTarget(region.id(), masterplan, branch.goal())));
    tree.saveVision(region.id(), masterplan, "Visi uji", null, null);
    fixtures.createBranding(region.id(), masterplan);
    values.put(
        "{comment}",
        Long.toString(
            fixtures.createComment(region.id(), masterplan, region.as(Role.REVIEWER).email())));
    values.put("{participant}", Long.toString(region.as(Role.PARTICIPANT).accountId()));
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    values.put("{idea}", Long.toString(idea));
    values.put(
        "{liveQuestion}",
        Long.toString(
            participation.openLiveQuestion(
                region.id(), workshop, region.as(Role.EDITOR).accountId())));
    values.put(
        "{ideaComment}",
        Long.toString(
            participation.createComment(region.id(), idea, region.as(Role.REVIEWER).accountId())));
    long exercise = prioritisationFixtures.createExercise(region.id(), masterplan);
    values.put("{exercise}", Long.toString(exercise));
    values.put(
        "{otherExercise}",
        Long.toString(prioritisationFixtures.createExercise(region.id(), masterplan)));
    values.put(
        "{evaluator}",
        Long.toString(
            prioritisationFixtures.addEvaluator(
                region.id(), exercise, region.as(Role.PARTICIPANT).accountId())));
    values.put(
        "{criterion}", Long.toString(prioritisationFixtures.firstCriterion(region.id(), exercise)));
    values.put("{group}", Long.toString(prioritisationFixtures.group(region.id(), exercise, 0)));
    values.put(
        "{emptyGroup}", Long.toString(prioritisationFixtures.group(region.id(), exercise, 1)));
    values.put("{newCode}", fixtures.unusedRegionCode());
    values.put("{unique}", Integer.toString(UNIQUE.incrementAndGet()));
    // roadmap scenarios only where a row names them (a solve takes a moment)
    String row = endpoint.path() + " " + endpoint.body();
    if (row.contains("{scenario}")) {
      values.put(
          "{scenario}",
          Long.toString(scenarioFixtures.scenario(region.id(), masterplan, List.of(programme))));
    }
    if (row.contains("{solvedScenario}")) {
      values.put(
          "{solvedScenario}",
          Long.toString(
              scenarioFixtures.solvedScenario(region.id(), masterplan, List.of(programme))));
    }
    return new Prepared(region, values);
  }
}
