package id.rancang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.rancang.identity.Role;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionManagement;
import id.rancang.region.StakeholderRegister;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.RoadmapFixtures;
import id.rancang.support.StrategyFixtures;
import id.rancang.support.WorkshopFixtures;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page (GET and POST), requested by every role of the region, by a region administrator of
 * another region and without signing in, answers with the status the role model promises.
 *
 * <p>Callers: SA system administrator (switched to the region), RA region administrator, ED editor,
 * OC OPD contributor (of the region's OPD), RV reviewer, PA participant, OT another region's
 * administrator (working in their own region, so this region's record ids are unknown to them), AN
 * anonymous (sent to the sign-in page). POSTs carry a CSRF token and valid form data, so a caller
 * who may act gets the page's success answer: a redirect (302) or a page (200).
 */
@RancangIntegrationTest
class PageAuthorisationTests {

  private static final AtomicInteger UNIQUE = new AtomicInteger();
  private static final String PASSWORD = "kata-sandi-uji-123";

  /** A 1x1 transparent PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired id.rancang.support.AttendanceFixtures attendance;
  @Autowired id.rancang.support.ConsultationFixtures consultations;
  @Autowired WorkshopFixtures workshopFixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeFixtures programmes;
  @Autowired IndicatorRegister indicators;
  @Autowired id.rancang.support.ParticipationFixtures participation;
  @Autowired id.rancang.support.PrioritisationFixtures prioritisationFixtures;
  @Autowired RoadmapFixtures roadmap;
  @Autowired StakeholderRegister stakeholders;
  @Autowired MasterplanManagement masterplans;
  @Autowired RegionManagement regionManagement;
  @Autowired RegionCatalog regionCatalog;

  /**
   * One page request. {@code form} holds form fields as {@code name=value&...} (values are not
   * URL-encoded; {@code _consentGiven=on} is the marker Thymeleaf adds to a checkbox, which a
   * browser sends with an unticked box); for MULTIPART it is {@code part=filename} of the upload.
   */
  record Endpoint(String method, String path, String form, String expected) {
    @Override
    public String toString() {
      return method
          + " "
          + path
          + (form == null || !method.equals("POST") ? "" : " [" + form + "]");
    }
  }

  static Stream<Arguments> cases() {
    List<Endpoint> endpoints =
        List.of(
            // DashboardController
            new Endpoint(
                "GET", "/", null, "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            // RegionSwitchController
            new Endpoint(
                "POST",
                "/region/switch",
                "regionId={regionId}",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            // OpdController
            new Endpoint(
                "GET", "/opds", null, "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            new Endpoint(
                "GET",
                "/opds/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/opds",
                "name=Dinas Baru {unique}&abbreviation=DB{unique}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "GET",
                "/opds/{opd}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/opds/{opd}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/opds/{otherOpd}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/opds/{opd}",
                "name=Dinas Ubah&abbreviation=DUB&version=0",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/opds/{otherOpd}",
                "name=Dinas Lain Ubah&abbreviation=DLU&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/opds/{otherOpd}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/opds/import",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/opds/import",
                "file=opd.csv",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "GET",
                "/opds/import/template.csv",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            // StakeholderController
            new Endpoint(
                "GET",
                "/stakeholders",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=200 AN=302"),
            new Endpoint(
                "GET",
                "/stakeholders/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/stakeholders",
                "kind=ORGANISATION&name=Radar {unique}&pentahelixRole=MEDIA&_consentGiven=on",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "GET",
                "/stakeholders/{stakeholder}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/stakeholders/{stakeholder}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/stakeholders/{stakeholder}",
                "kind=PERSON&name=Narasumber Ubah&pentahelixRole=ACADEMIA&_consentGiven=on&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/stakeholders/{stakeholder}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/stakeholders/{stakeholder}/export",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/stakeholders/{stakeholder}/erase",
                "",
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // MasterplanController
            new Endpoint(
                "GET",
                "/masterplans",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans",
                "title=Masterplan Baru&startYear=2025",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}",
                "title=Masterplan Ubah&startYear=2025&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/status",
                "status=IN_REVIEW&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/status",
                "status=ARCHIVED&version=0",
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // ProfileController (strategy)
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/profile",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/profile/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/profile",
                "name=Luas wilayah {unique}&value=879,7&unit=km2&year=2023&source=BPS"
                    + "&breakdown=Slawi=15",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/profile/{profileStat}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/profile/{profileStat}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/profile/{profileStat}",
                "name=Jumlah penduduk&value=1623600&unit=jiwa&year=2023&source=BPS&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/profile/{profileStat}/move",
                "direction=up",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/profile/{profileStat}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/profile/import",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/masterplans/{masterplan}/profile/import",
                "file=profile.csv",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/profile/import/template.csv",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // StrategyController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/strategy",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/strategy/vision",
                "statement=Visi baru",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/strategy/items",
                "kind=MISSION&statement=Misi baru",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/strategy/items/{mission}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/strategy/items/{mission}",
                "statement=Ubah&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/strategy/items/{mission}/move",
                "direction=DOWN&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/strategy/items/{looseMission}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/strategy/tree",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/strategy/alignment",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/strategy/indicators/{indicator}/move",
                "direction=DOWN&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // ProgrammeController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes?q=data&dimension=GOVERNANCE",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/{programme}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/board",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/budget",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // ProgrammeFormController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes",
                "code=BARU-1&name=Program+baru&dimension=LIVING&horizon=MEDIUM&startYear=2025&endYear=2026",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/{programme}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}",
                "code=UBAH-1&name=Diubah&dimension=GOVERNANCE&horizon=MEDIUM&startYear=2025&endYear=2027&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}/status",
                "status=SELECTED&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{looseProgramme}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // IndicatorController
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/indicators/from-library",
                "libraryCode=SDG-11.6.2&itemId={target}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/indicators",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/indicators/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/indicators",
                "itemId={target}&code=BARU&name=Baru&unit=persen&polarity=POSITIVE",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/indicators/{indicator}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/indicators/{indicator}",
                "itemId={target}&code={indicatorCode}&name=Ubah&unit=persen&polarity=POSITIVE&opdId={opd}&version=0",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/indicators/{otherIndicator}",
                "itemId={target}&code={otherIndicatorCode}&name=Ubah&unit=persen&polarity=POSITIVE&opdId={thirdOpd}&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/indicators/{indicator}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/indicators/trajectory",
                "baselineYear=2023&baselineValue=40&endTarget=90",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // ReadinessController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/readiness",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/readiness/GOVERNANCE/STRUKTUR",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/readiness/GOVERNANCE/STRUKTUR/items",
                "kind=STRENGTH&statement=Kuat",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/readiness/items/{swotItem}",
                "kind=WEAKNESS&statement=Ubah&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/readiness/items/{swotItem}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/readiness/GOVERNANCE/STRUKTUR/gap",
                "currentState=Kini&desiredState=Nanti",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // RegionController (OT works on its own region: these pages carry no record id)
            new Endpoint(
                "GET", "/region", null, "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            new Endpoint(
                "GET",
                "/region/edit",
                null,
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/region",
                "code={code}&type=KABUPATEN&name=Kabupaten Ubah&province=Jawa Tengah"
                    + "&population=1000&version={regionVersion}",
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/region/logo",
                "logo=logo.png",
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "GET",
                "/region/logo",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            new Endpoint(
                "GET", "/regions", null, "SA=200 RA=403 ED=403 OC=403 RV=403 PA=403 OT=403 AN=302"),
            new Endpoint(
                "GET",
                "/regions/new",
                null,
                "SA=200 RA=403 ED=403 OC=403 RV=403 PA=403 OT=403 AN=302"),
            new Endpoint(
                "POST",
                "/regions",
                "code={newCode}&type=KABUPATEN&name=Kabupaten Baru&province=Aceh",
                "SA=302 RA=403 ED=403 OC=403 RV=403 PA=403 OT=403 AN=302"),
            // MemberController
            new Endpoint(
                "GET", "/users", null, "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "GET",
                "/users/new",
                null,
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/users",
                "email=baru{unique}@uji.test&name=Baru&role=EDITOR&password=" + PASSWORD,
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=302 AN=302"),
            // without a password: the page showing the invitation link once
            new Endpoint(
                "POST",
                "/users",
                "email=undangan{unique}@uji.test&name=Undangan&role=REVIEWER",
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=200 AN=302"),
            new Endpoint(
                "GET",
                "/users/{participant}/edit",
                null,
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/users/{participant}",
                "role=REVIEWER",
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/users/{participant}/reset-link",
                "",
                "SA=200 RA=200 ED=403 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/users/{participant}/remove",
                "",
                "SA=302 RA=302 ED=403 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // AccountController (everyone's own account)
            new Endpoint(
                "GET", "/account", null, "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/account/password",
                "currentPassword="
                    + PASSWORD
                    + "&password="
                    + PASSWORD
                    + "&passwordRepeat="
                    + PASSWORD,
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=302 AN=302"),
            new Endpoint(
                "POST",
                "/account/language",
                "language=id",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=302 AN=302"),
            // ends the caller's own sessions and tokens and sends them to /login?logout
            new Endpoint(
                "POST",
                "/account/sign-out-everywhere",
                "",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=302 AN=302"),
            // AuditController: the page is scoped to the caller's region, so another region's
            // administrator gets an empty history, not this region's (PageBehaviourTests checks).
            new Endpoint(
                "GET",
                "/audit/opd/{opd}",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=200 PA=403 OT=200 AN=302"),
            // BrandingController and CommentController (the masterplan has a branding and a comment
            // on it by the region's reviewer)
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/branding",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/branding",
                "tagline=Kota Cerdas&positioning=Digital&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/comments",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/comments?subjectType=BRANDING&subjectId={masterplan}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/comments",
                "subjectType=BRANDING&subjectId={masterplan}&body=Catatan",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/comments/{comment}/resolved",
                "resolved=true&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // the reviewer wrote the comment: authors delete their own
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/comments/{comment}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=302 PA=403 OT=404 AN=302"),
            // RpjmdController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/rpjmd",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/rpjmd",
                "startYear=2019&endYear=2024&vision=Tegal sejahtera&regulation=Perda 5/2019",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/rpjmd/items/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/rpjmd/items",
                "kind=MISSION&parentId=&code=MX{unique}&statement=Misi baru",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}",
                "kind=MISSION&parentId=&code=MU{unique}&statement=Ubah&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}/move",
                "direction=down&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/rpjmd/items/{rpjmdItem}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/rpjmd/import",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/masterplans/{masterplan}/rpjmd/import",
                "file=rpjmd.csv",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/rpjmd/import/template.csv",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // indicator workbook: IndicatorWorkbookController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/indicators/export",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/indicators/import",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/masterplans/{masterplan}/indicators/import",
                "file=indicators.csv",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // programme workbook: ProgrammeWorkbookController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/export",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/import",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/masterplans/{masterplan}/programmes/import",
                "file=programmes.csv",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // indicator library (reference data, the same for every region)
            new Endpoint(
                "GET",
                "/indicator-library?q=air&family=SDG",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            // dependency graph and region funding sources
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/dependencies",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // masterplan versions: VersionController, and their section of the documents page
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/versions",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/versions",
                "name=v{unique} - Perbup&note=Ditetapkan",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/versions/diff?from={version}&to=live",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // books: DocumentController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/documents",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/documents/buku-1.pdf",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/funding-sources",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=302"),
            new Endpoint(
                "POST",
                "/funding-sources",
                "code=BANK_{unique}&name=CSR Bank Jateng",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=302 AN=302"),
            new Endpoint(
                "POST",
                "/funding-sources/{fundingSource}",
                "name=Hibah Provinsi Jawa Tengah&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/funding-sources/{fundingSource}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // ActionPlanController (the programme is led by the contributor's OPD; without htmx a
            // row answers with a redirect to the programme page)
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}/actions",
                "category=POLICY_INSTITUTION&title=Perbup {unique}&year=2025&quarter=2"
                    + "&ownerOpdId={opd}&budget=1000000&status=PLANNED&progress=0",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}",
                null,
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}",
                "category=INFRASTRUCTURE&title=Server ubah&year=2026&status=RUNNING&progress=10"
                    + "&version=0",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}/progress",
                "status=RUNNING&progress=50&version=0",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}/move",
                "direction=UP&version=0",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}/delete",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/programmes/{programme}/actions/{action}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=302 RV=403 PA=403 OT=404 AN=302"),
            // Excel matrices: MatrixController (downloads linked from the documents page)
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/matrices/indikator.xlsx",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/matrices/rencana-aksi.xlsx?lang=en",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // workshop core (the participant is invited to the workshop)
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/workshops",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/workshops/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/workshops",
                "title=Bimtek&stage=TAHAP_1&startDate=2024-03-04&endDate=2024-03-05&ideasOpen=true",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}",
                "title=Ubah&stage=TAHAP_2&startDate=2023-07-31&endDate=2023-08-01&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/delete",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{looseWorkshop}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/sessions",
                "day=2023-08-01&startsAt=13:00&endsAt=14:00&topic=Diskusi",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/sessions/{session}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/sessions/{session}",
                "day=2023-07-31&startsAt=09:00&endsAt=10:00&topic=Ubah&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/sessions/{session}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/invitations",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/invitations",
                "stakeholderIds={stakeholder}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/invitations/{invitation}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/registration",
                "",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/registration/withdraw",
                "",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "MULTIPART",
                "/workshops/{workshop}/materials",
                "file=materi.png",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/materials/{material}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/materials/{material}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/minutes",
                "body=Notulen&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/decisions",
                "body=Keputusan",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/decisions/{decision}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/decisions/{decision}",
                "body=Ubah&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/decisions/{decision}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // workshop ideas: IdeaController
            new Endpoint(
                "GET",
                "/workshops/{workshop}/ideas",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/ideas",
                "title=Usulan {unique}&dimension=LIVING",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/ideas/{idea}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/ideas/{idea}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/ideas/{idea}/support",
                "support=true",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/ideas/{idea}/comments",
                "body=Setuju",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/idea-comments/{ideaComment}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=302 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/ideas/{idea}/report",
                "reason=Iklan",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/moderation",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/ideas/{idea}/moderation",
                "decision=KEPT",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // programmes from ideas: IdeaPromotionController
            new Endpoint(
                "GET",
                "/ideas/{idea}/programmes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/ideas/{idea}/promote",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/ideas/{idea}/promote",
                "code=USL-{unique}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // live session: LiveController
            new Endpoint(
                "GET",
                "/workshops/{workshop}/live",
                null,
                "SA=200 RA=200 ED=200 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/live/{liveQuestion}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/live/{liveQuestion}/projector",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/live/{liveQuestion}/choose",
                "ideaId={idea}",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/live/{liveQuestion}/close",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // decisions about programmes: DecisionProgrammesController
            new Endpoint(
                "GET",
                "/decisions/{decision}/programmes",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/decisions/{decision}/programmes",
                "programmeId={programme}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // public consultations: ConsultationController, IdeaController,
            // PublicConsultationController (the public pages are public: everybody, also another
            // region's user, reads an opened consultation), EmailVerificationController
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/consultations",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/consultations",
                "title=Konsultasi {unique}&opensOn=2026-03-01&closesOn=2026-03-31",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/consultations/{consultation}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/consultations/{consultation}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/consultations/{consultation}",
                "title=Ubah&opensOn=2026-03-01&closesOn=2026-04-30&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/consultations/{draftConsultation}/open",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/consultations/{consultation}/close",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/consultations/{consultation}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/consultations/{consultation}/ideas",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/consultations/{consultation}/ideas",
                "title=Usulan {unique}&dimension=ENVIRONMENT",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/consultations/{consultation}/moderation",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/public/consultations/{consultation}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=200"),
            new Endpoint(
                "GET",
                "/public/consultations/{draftConsultation}",
                null,
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=404 OT=404 AN=404"),
            new Endpoint(
                "GET",
                "/public/consultations/{consultation}/register",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=200"),
            new Endpoint(
                "POST",
                "/public/consultations/{consultation}/register",
                "name=Warga&email=warga{unique}@uji.test&password=kata-sandi-warga-1&passwordRepeat=kata-sandi-warga-1&consent=true",
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=200 AN=200"),
            new Endpoint(
                "GET",
                "/register/verify/unknown{unique}",
                null,
                "SA=410 RA=410 ED=410 OC=410 RV=410 PA=410 OT=410 AN=410"),
            // workshop attendance and data presentation: AttendanceController, CheckInController
            // ({checkInCode}: a workshop held today), PresentationController
            new Endpoint(
                "GET",
                "/workshops/{workshop}/attendance?day=2023-07-31",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/attendance",
                "invitationId={invitation}&day=2023-07-31",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/attendance/{attendedInvitation}/2023-07-31/delete",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/attendance/{attendedInvitation}/2023-07-31/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/attendance.pdf?day=2023-07-31",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/days/2023-07-31/check-in",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/days/2023-07-31/check-in/renew",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/check-in/{checkInCode}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/check-in/{checkInCode}",
                "",
                "SA=302 RA=302 ED=302 OC=302 RV=302 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/workshops/{workshop}/data",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/data/items",
                "item=INDICATOR:{indicator}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/data/items/{presentationItem}/move",
                "direction=DOWN",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/workshops/{workshop}/data/items/{presentationItem}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // prioritisation set-up: ExerciseController, CriterionController, EvaluatorController
            // ({exercise} has the defaults and the participant as its evaluator in {group};
            // {otherExercise} has no evaluator; {emptyGroup} none either)
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/prioritisation",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/prioritisation",
                "name=Prioritas {unique}&riTable=saaty-1980&defaultCriteria=true",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{otherExercise}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=404 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}",
                "name=Ubah {unique}&aggregation=AIP&riTable=saaty-2005&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/status",
                "status=OPEN&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/delete",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/criteria/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/criteria",
                "code=BARU&name=Baru&kind=RATED&direction=BENEFIT&label=Rendah&label=Tinggi",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/criteria/{criterion}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/criteria/{criterion}",
                "code=SOSIAL&name=Ubah&kind=RATED&direction=BENEFIT&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/criteria/{criterion}/move",
                "direction=DOWN",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/criteria/{criterion}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/groups/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/groups",
                "name=Tenaga ahli&weight=2",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/groups/{group}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/groups/{group}",
                "name=Pemda&weight=3&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/groups/{emptyGroup}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/evaluators/add",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/evaluators",
                "groupId={emptyGroup}&accountId={participant}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/evaluators/{evaluator}",
                "groupId={emptyGroup}&weight=2&version=0",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/evaluators/{evaluator}/remove",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{exercise}/evaluators/{evaluator}/remove",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // evaluators' own input and the results: ComparisonController, RatingController,
            // ResultController ({exercise} is a draft the participant evaluates; {openExercise} is
            // open, with judgements of the participant that connect its criteria)
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/comparisons",
                null,
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{openExercise}/comparisons/top",
                "",
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=302 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{openExercise}/comparisons/submit",
                "",
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/ratings",
                null,
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=200 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/prioritisation/{openExercise}/ratings/{programme}",
                "l.{openCriterion}=1&ver.{openCriterion}=0",
                "SA=404 RA=404 ED=404 OC=404 RV=404 PA=302 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/results",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/results/what-if?criterion={criterion}&weight=50",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/results/export",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/results/weights.svg",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/prioritisation/{exercise}/results/ranking.svg",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            // roadmap pages: ScenarioController, ScenarioPageController, CompareController
            // ({scenario} and {otherScenario} consider the selected programmes of a small roadmap
            // portfolio; not solved)
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/new",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/new",
                "name=Skenario {unique}&cell_2024_APBD=1000000000&cell_2025_APBD=1000000000&cell_2026_APBD=1000000000&cell_2027_APBD=1000000000&cell_2028_APBD=1000000000&cell_2029_APBD=1000000000&cell_2030_APBD=1000000000&cell_2031_APBD=1000000000&cell_2032_APBD=1000000000&cell_2033_APBD=1000000000",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/progress",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/edit",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/edit",
                "name=Skenario ubah {unique}&version=0&cell_2024_APBD=1000000000&cell_2025_APBD=1000000000&cell_2026_APBD=1000000000&cell_2027_APBD=1000000000&cell_2028_APBD=1000000000&cell_2029_APBD=1000000000&cell_2030_APBD=1000000000&cell_2031_APBD=1000000000&cell_2032_APBD=1000000000&cell_2033_APBD=1000000000",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/copy",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/copy",
                "name=Salinan {unique}&ceilingPercent=80",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/cancel",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/delete",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/delete",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/compare?ids={scenario}&ids={otherScenario}&only=true",
                null,
                "SA=200 RA=200 ED=200 OC=200 RV=200 PA=200 OT=404 AN=302"),
            // ({solvedScenario} is {scenario} solved, made only for the rows that name it)
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{scenario}/solve",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{solvedScenario}/schedule/{roadmapProgramme}",
                "startYear=2030&version={solvedVersion}",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "GET",
                "/masterplans/{masterplan}/roadmap/scenarios/{solvedScenario}/adopt",
                null,
                "SA=200 RA=200 ED=200 OC=403 RV=403 PA=403 OT=404 AN=302"),
            new Endpoint(
                "POST",
                "/masterplans/{masterplan}/roadmap/scenarios/{solvedScenario}/adopt",
                "",
                "SA=302 RA=302 ED=302 OC=403 RV=403 PA=403 OT=404 AN=302"));
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
  void everyPageAnswersEachCallerAsTheRoleModelSays(Endpoint endpoint, String caller, int expected)
      throws Exception {
    // read-only pages share one prepared region per row (every caller sees the same records):
    // test region codes are a few thousand and the whole suite must stay within them
    Prepared prepared =
        endpoint.method().equals("GET")
            ? SHARED.computeIfAbsent(endpoint, this::prepare)
            : prepare(endpoint);
    TestRegion region = prepared.region();
    Map<String, String> values = prepared.values();
    String path = fill(endpoint.path(), values);

    AbstractMockHttpServletRequestBuilder<?> request =
        switch (endpoint.method()) {
          case "GET" -> get(path);
          case "POST" -> formPost(path, fill(endpoint.form(), values));
          case "MULTIPART" -> upload(path, endpoint.form(), values);
          default -> throw new IllegalArgumentException(endpoint.method());
        };
    if (!endpoint.method().equals("GET")) {
      request.with(csrf());
    }
    // pages that change the caller's own region need that region as fresh as the one under test
    Fixtures.Person person = caller(caller, region, endpoint.path().startsWith("/region"));
    if (person != null) {
      request.with(person.user());
    }
    if (caller.equals("SA")) {
      // A system administrator has no region of their own: they switch to this one first.
      request.cookie(switchedTo(region, person));
    }

    MvcResult result = mvc.perform(request).andReturn();
    MockHttpServletResponse response = result.getResponse();

    assertThat(response.getStatus()).as("%s by %s", endpoint, caller).isEqualTo(expected);
    if (expected == 302) {
      String location = response.getRedirectedUrl();
      if (caller.equals("AN")) {
        assertThat(location).as("%s by %s goes to sign in", endpoint, caller).endsWith("/login");
      } else {
        assertThat(location)
            .as("%s by %s redirects after success", endpoint, caller)
            .isNotNull()
            .doesNotEndWith("/login");
        assertThat(result.getFlashMap().get("flashError"))
            .as("%s by %s reports no problem", endpoint, caller)
            .isNull();
      }
    }
  }

  /** The session cookies of a system administrator who switched to the region. */
  private Cookie[] switchedTo(TestRegion region, Fixtures.Person admin) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/region/switch")
                    .param("regionId", Long.toString(region.id()))
                    .with(admin.user())
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as("system administrator switches region").isEqualTo(302);
    assertThat(response.getCookies()).as("session cookie after the switch").isNotEmpty();
    return response.getCookies();
  }

  private static MockHttpServletRequestBuilder formPost(String path, String form) {
    MockHttpServletRequestBuilder request = post(path);
    if (form != null && !form.isEmpty()) {
      for (String field : form.split("&")) {
        int eq = field.indexOf('=');
        request.param(field.substring(0, eq), field.substring(eq + 1));
      }
    }
    return request;
  }

  private static AbstractMockHttpServletRequestBuilder<?> upload(
      String path, String form, Map<String, String> values) {
    String[] part = form.split("=");
    String csv =
        part[1].startsWith("profile")
            ? "nama,nilai,satuan,tahun,sumber\nLuas wilayah,879.7,km2,2023,BPS\n"
            : part[1].startsWith("indicators")
                ? fill(
                    "kode,nama,satuan,polaritas,sasaran\nIMPOR-{unique},Impor,persen,positif,{target}\n",
                    values)
                : part[1].startsWith("programmes")
                    ? fill(
                        "kode,nama,dimensi,horizon,tahun mulai,tahun selesai\nIMPOR-{unique},Program impor,GOVERNANCE,MEDIUM,2025,2027\n",
                        values)
                    : part[1].startsWith("rpjmd")
                        ? "jenis,kode,induk,pernyataan\nMISI,MI1,,Misi impor\n"
                        : "nama,singkatan\nDinas Impor,DI\n";
    MockMultipartFile file =
        part[1].endsWith(".png")
            ? new MockMultipartFile(part[0], part[1], "image/png", PNG)
            : new MockMultipartFile(
                part[0], part[1], "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    return multipart(path).file(file);
  }

  private Fixtures.Person caller(String caller, TestRegion region, boolean freshOther) {
    TestRegion other = null;
    if (caller.equals("OT")) {
      other = freshOther ? fixtures.newRegion() : otherRegion();
      // Same state as this region, so that pages without a record id behave alike there.
      regionManagement.setLogo(other.id(), PNG, "image/png");
    }
    return fixtures.caller(caller, region, other);
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

  /** {@link #prepare()}, with a solved scenario when the row names one (solving takes time). */
  private Prepared prepare(Endpoint endpoint) {
    Prepared prepared = prepare();
    if ((endpoint.path() + endpoint.form()).contains("{solved")) {
      long masterplan = Long.parseLong(prepared.values().get("{masterplan}"));
      long scenario = Long.parseLong(prepared.values().get("{scenario}"));
      try {
        int version =
            roadmap
                .solve(
                    prepared.region().id(), masterplan, scenario, java.time.Duration.ofSeconds(60))
                .version();
        prepared.values().put("{solvedScenario}", Long.toString(scenario));
        prepared.values().put("{solvedVersion}", Integer.toString(version));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return prepared;
  }

  private Prepared prepare() {
    TestRegion region = fixtures.newRegion();
    // a logo, so that GET /region/logo has something to show
    regionManagement.setLogo(region.id(), PNG, "image/png");
    long otherOpd =
        fixtures.createOpd(
            region.id(), "Dinas Lain " + UNIQUE.incrementAndGet(), "DL" + UNIQUE.get());
    long stakeholder = fixtures.createPersonStakeholder(region.id());
    long masterplan = fixtures.createMasterplan(region.id());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{code}", region.code());
    values.put("{regionId}", Long.toString(region.id()));
    values.put(
        "{regionVersion}",
        Integer.toString(regionCatalog.findById(region.id()).orElseThrow().version()));
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
    values.put("{rpjmdItem}", Long.toString(fixtures.createRpjmdItem(region.id(), masterplan)));
    long programme = programmes.createProgramme(region.id(), masterplan, region.opd().id());
    values.put("{programme}", Long.toString(programme));
    values.put(
        "{looseProgramme}",
        Long.toString(programmes.createProgramme(region.id(), masterplan, null)));
    values.put("{action}", Long.toString(programmes.createAction(region.id(), programme)));
    values.put("{mission}", Long.toString(strategy.createMission(region.id(), masterplan)));
    values.put("{looseMission}", Long.toString(strategy.createMission(region.id(), masterplan)));
    StrategyFixtures.Branch branch =
        strategy.createBranch(region.id(), masterplan, region.opd().id());
    long thirdOpd =
        fixtures.createOpd(
            region.id(), "Dinas Ketiga " + UNIQUE.incrementAndGet(), "DK" + UNIQUE.get());
    long otherIndicator =
        strategy.createIndicator(region.id(), masterplan, branch.target(), thirdOpd);
    values.put("{thirdOpd}", Long.toString(thirdOpd));
    values.put("{target}", Long.toString(branch.target()));
    values.put("{indicator}", Long.toString(branch.indicator()));
    values.put("{otherIndicator}", Long.toString(otherIndicator));
    values.put(
        "{indicatorCode}", indicators.get(region.id(), masterplan, branch.indicator()).code());
    values.put(
        "{otherIndicatorCode}", indicators.get(region.id(), masterplan, otherIndicator).code());
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
    long openExercise =
        prioritisationFixtures.openExerciseWithConnectedJudgements(
            region.id(), masterplan, region.as(Role.PARTICIPANT).accountId());
    values.put("{openExercise}", Long.toString(openExercise));
    values.put(
        "{openCriterion}",
        Long.toString(prioritisationFixtures.firstCriterion(region.id(), openExercise)));
    RoadmapFixtures.Portfolio roadmapPortfolio = roadmap.portfolio(region.id(), masterplan);
    values.put("{roadmapProgramme}", Long.toString(roadmapPortfolio.b()));
    values.put("{scenario}", Long.toString(roadmap.scenario(region.id(), masterplan).id()));
    values.put("{otherScenario}", Long.toString(roadmap.scenario(region.id(), masterplan).id()));
    values.put("{newCode}", fixtures.unusedRegionCode());
    values.put("{unique}", Integer.toString(UNIQUE.incrementAndGet()));
    return new Prepared(region, values);
  }
}
