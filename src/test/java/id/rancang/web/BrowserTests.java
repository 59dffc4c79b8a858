package id.rancang.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.StrategyFixtures;
import id.rancang.support.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * User stories in a real browser: Debian's headless Chromium driven by Selenium against Rancang on
 * a random port. `.ci/run` installs chromium and chromium-driver.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"rancang.demo.enabled=false", "server.servlet.session.cookie.secure=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({
  Fixtures.class,
  StrategyFixtures.class,
  id.rancang.support.ProgrammeFixtures.class,
  id.rancang.support.WorkshopFixtures.class,
  id.rancang.support.ParticipationFixtures.class,
  id.rancang.support.RoadmapFixtures.class
})
class BrowserTests {

  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @BeforeAll
  static void startBrowser() throws Exception {
    File chromium = new File("/usr/bin/chromium");
    File driver = new File("/usr/bin/chromedriver");
    assertThat(chromium)
        .as("Debian chromium is needed for browser tests (apt-get install chromium)")
        .exists();
    assertThat(driver)
        .as("Debian chromium-driver is needed for browser tests (apt-get install chromium-driver)")
        .exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("rancang-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anEditorSignsInAddsAnOpdAndSeesItListed() throws Exception {
    TestRegion region = fixtures.newRegion();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies(); // tests run in any order: start signed out

    browser.get(url("/login"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk");
    browser.findElement(By.id("email")).sendKeys(region.as(Role.EDITOR).email());
    browser.findElement(By.id("password")).sendKeys("kata-sandi-uji-123");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), region.region().name()));

    browser.get(url("/opds"));
    browser.findElement(By.linkText("OPD baru")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
    browser.findElement(By.id("name")).sendKeys("Dinas Komunikasi dan Informatika");
    browser.findElement(By.id("abbreviation")).sendKeys("Diskominfo");
    browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();

    wait.until(ExpectedConditions.urlToBe(url("/opds")));
    assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
        .contains("Dinas Komunikasi dan Informatika");
    assertThat(browser.findElements(By.cssSelector("table tbody tr")))
        .extracting(WebElementText::of)
        .anySatisfy(row -> assertThat(row).contains("Diskominfo"));
    screenshot("opd-list");
  }

  @Test
  void aParticipantOnAPhoneSeesTheMenuAndNoEditButtons() throws Exception {
    TestRegion region = fixtures.newRegion();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      browser.get(url("/login?lang=en"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
      browser.findElement(By.id("email")).sendKeys(region.as(Role.PARTICIPANT).email());
      browser.findElement(By.id("password")).sendKeys("kata-sandi-uji-123");
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), region.region().name()));

      browser.findElement(By.cssSelector(".menu summary")).click();
      browser.findElement(By.linkText("Agencies (OPD)")).click();
      wait.until(ExpectedConditions.urlContains("/opds"));
      assertThat(browser.findElements(By.linkText("New OPD"))).isEmpty();
      assertThat(browser.findElement(By.cssSelector("table")).getText())
          .contains(region.opd().abbreviation());
      screenshot("participant-phone");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.manage().deleteAllCookies();
    }
  }

  @Test
  void anEditorBuildsASmallBuku1AndSeesItInThePerformanceTree() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    signIn(region.as(Role.EDITOR).email(), region, wait);

    browser.get(url("/masterplans/" + plan + "/strategy"));
    browser.findElement(By.cssSelector("#vision details.edit > summary")).click();
    browser
        .findElement(By.id("vision-statement"))
        .sendKeys("Tegal cerdas, sejahtera dan berbudaya");
    browser.findElement(By.cssSelector("#vision details.edit button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("#vision .vision"), "Tegal cerdas, sejahtera dan berbudaya"));

    // mission, goal and target are added in place (htmx swaps the tree)
    browser.findElement(By.cssSelector("#tree > details.add > summary")).click();
    browser.findElement(By.cssSelector("#tree > details.add input[name=code]")).sendKeys("M1");
    browser
        .findElement(By.cssSelector("#tree > details.add textarea[name=statement]"))
        .sendKeys("Mewujudkan pemerintahan digital yang melayani");
    browser.findElement(By.cssSelector("#tree > details.add button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".node.mission")));

    browser.findElement(By.cssSelector(".node.mission > details.add > summary")).click();
    browser
        .findElement(By.cssSelector(".node.mission > details.add textarea[name=statement]"))
        .sendKeys("Meningkatkan kualitas layanan publik");
    browser
        .findElement(By.cssSelector(".node.mission > details.add input[value=GOVERNANCE]"))
        .click();
    browser.findElement(By.cssSelector(".node.mission > details.add button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".node.goal")));

    browser.findElement(By.cssSelector(".node.goal > details.add > summary")).click();
    browser
        .findElement(By.cssSelector(".node.goal > details.add textarea[name=statement]"))
        .sendKeys("Meningkatnya layanan perizinan daring");
    browser.findElement(By.cssSelector(".node.goal > details.add button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".node.target")));

    // the indicator, with its yearly targets suggested from the baseline to the end target
    browser.findElement(By.cssSelector(".node.target > p.add > a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    browser.findElement(By.id("code")).sendKeys("IKU-1");
    browser.findElement(By.id("unit")).sendKeys("persen");
    browser.findElement(By.id("name")).sendKeys("Persentase perizinan yang diajukan daring");
    browser.findElement(By.id("baselineValue")).sendKeys("40");
    browser.findElement(By.id("endTarget")).sendKeys("90");
    browser.findElement(By.id("suggest")).click();
    // htmx swaps the row of years; an element found during the swap goes stale, so look again
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.attributeToBe(By.id("target_2033"), "value", "90"));
    assertThat(browser.findElement(By.id("target_2024")).getAttribute("value")).isEqualTo("45");
    browser.findElement(By.cssSelector("form.indicator-form .actions button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.success")));
    assertThat(browser.findElement(By.cssSelector(".flash.success")).getText()).contains("IKU-1");

    browser.get(url("/masterplans/" + plan + "/strategy/tree"));
    String tree = browser.findElement(By.cssSelector("ul.pohon")).getText();
    assertThat(tree)
        .contains("Tegal cerdas, sejahtera dan berbudaya")
        .contains("Mewujudkan pemerintahan digital yang melayani")
        .contains("Meningkatkan kualitas layanan publik")
        .contains("Meningkatnya layanan perizinan daring")
        .contains("Persentase perizinan yang diajukan daring");
    // nothing is linked to the RPJMD yet, and no OPD runs the indicator: both are marked as gaps
    assertThat(browser.findElements(By.cssSelector("ul.pohon .gap")))
        .extracting(WebElementText::of)
        .contains("Belum dikaitkan dengan RPJMD", "OPD penanggung jawab belum dipilih");
    screenshot("performance-tree");

    // deleting the mission asks first, then refuses because a goal still hangs under it
    browser.get(url("/masterplans/" + plan + "/strategy"));
    browser.findElement(By.cssSelector(".node.mission > .actions button.danger")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#tree .flash.error"), "1 tujuan"));
    assertThat(browser.findElements(By.cssSelector(".node.mission"))).hasSize(1);
  }

  @Test
  void anEditorWritesAProgrammeWithAPartnerABudgetLineAndAnActionAndFindsItBySearch()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    fixtures.createPersonStakeholder(region.id()); // "Narasumber", academia
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    signIn(region.as(Role.EDITOR).email(), region, wait);

    browser.get(url("/masterplans/" + plan + "/programmes"));
    browser.findElement(By.id("new-programme")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    browser.findElement(By.id("code")).sendKeys("SL-07");
    browser.findElement(By.id("name")).sendKeys("Posyandu Digital Terpadu");
    new Select(browser.findElement(By.id("dimension"))).selectByValue("LIVING");
    new Select(browser.findElement(By.id("startYear"))).selectByValue("2025");
    new Select(browser.findElement(By.id("endYear"))).selectByValue("2027");
    new Select(browser.findElement(By.id("leadOpdId")))
        .selectByValue(Long.toString(region.opd().id()));
    browser
        .findElement(By.id("description"))
        .sendKeys("Pencatatan tumbuh kembang balita secara daring di setiap posyandu");
    new Select(browser.findElement(By.name("partner_stakeholder_0")))
        .selectByVisibleText("Narasumber");
    new Select(browser.findElement(By.name("partner_role_0"))).selectByValue("ACADEMIA");
    browser.findElement(By.name("partner_contribution_0")).sendKeys("Pendampingan kader");
    browser.findElement(By.id("budget_APBD_2025")).sendKeys("1.250.000.000");
    browser.findElement(By.id("save")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "SL-07 Posyandu Digital Terpadu"));
    assertThat(browser.findElement(By.cssSelector(".flash.success")).getText()).contains("SL-07");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Narasumber")
        .contains("1.250.000.000");

    // the action is added in place: htmx swaps the action plan, the page stays
    String programmePage = browser.getCurrentUrl();
    browser
        .findElement(
            By.cssSelector("#action-plan details.add:has(#add-INFRASTRUCTURE-title) > summary"))
        .click();
    browser.findElement(By.id("add-INFRASTRUCTURE-title")).sendKeys("Pengadaan tablet kader");
    new Select(browser.findElement(By.id("add-INFRASTRUCTURE-year"))).selectByValue("2025");
    browser
        .findElement(
            By.cssSelector("#action-plan details.add:has(#add-INFRASTRUCTURE-title) button"))
        .click();
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#action-plan .action-table"), "Pengadaan tablet kader"));
    assertThat(browser.getCurrentUrl()).isEqualTo(programmePage);
    screenshot("programme-page");

    // the catalogue finds it by a word of its description, as the user types
    browser.get(url("/masterplans/" + plan + "/programmes"));
    browser.findElement(By.id("q")).sendKeys("balita");
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#results tbody"), "SL-07"));
    assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("jembatan");
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results tbody tr"), 0));
    screenshot("programme-search");
  }

  @Test
  void aReviewerCommentsOnTheBrandingAndAnEditorResolvesItWithoutLeavingThePage() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    fixtures.createBranding(region.id(), plan);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    String brandingPage = url("/masterplans/" + plan + "/branding");
    By thread = By.id("comments-BRANDING-" + plan);
    browser.manage().deleteAllCookies();
    try {
      signIn(region.as(Role.REVIEWER).email(), region, wait);
      browser.get(brandingPage);
      // htmx replaces the link to the thread with the thread itself
      wait.until(ExpectedConditions.presenceOfElementLocated(thread));
      browser
          .findElement(By.id("comment-BRANDING-" + plan))
          .sendKeys("Tagline belum menyebut potensi bahari");
      browser.findElement(thread).findElement(By.cssSelector("form.stacked button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              thread, "Tagline belum menyebut potensi bahari"));
      assertThat(browser.getCurrentUrl()).isEqualTo(brandingPage);
      assertThat(browser.findElement(By.id("comment-BRANDING-" + plan)).getAttribute("value"))
          .isEmpty();

      browser.manage().deleteAllCookies();
      signIn(region.as(Role.EDITOR).email(), region, wait);
      browser.get(brandingPage);
      wait.until(ExpectedConditions.presenceOfElementLocated(thread));
      browser.findElement(thread).findElement(By.cssSelector("button.secondary")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(thread, "Buka lagi"));
      assertThat(browser.findElement(thread).findElement(By.cssSelector(".badge")).getText())
          .isEqualTo("Selesai");
      assertThat(browser.getCurrentUrl()).isEqualTo(brandingPage);
      screenshot("branding-comments");
    } finally {
      browser.manage().deleteAllCookies();
    }
  }

  @Autowired id.rancang.support.ProgrammeFixtures programmes;

  @Test
  void anEditorFreezesTheMasterplanAndSeesWhatChangedSince() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    programmes.createProgramme(region.id(), plan, region.opd().id());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    try {
      signIn(region.as(Role.EDITOR).email(), region, wait);
      browser.get(url("/masterplans/" + plan + "/documents"));
      assertThat(browser.findElement(By.id("books")).getText()).contains("Buku 2");
      browser.findElement(By.id("version-name")).sendKeys("v1.0 - Perbup 20/2024");
      browser.findElement(By.cssSelector("#freeze button[type=submit]")).click();
      // freezing cannot be undone: the page asks first
      wait.until(ExpectedConditions.alertIsPresent()).accept();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("version-list"), "v1.0 - Perbup 20/2024"));
      screenshot("versions");

      // a programme added after freezing is what changed since
      String added =
          programmes.code(
              region.id(), plan, programmes.createProgramme(region.id(), plan, region.opd().id()));
      browser.findElement(By.cssSelector("#version-list a[href*='/versions/diff']")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff-sides")));
      String page = browser.findElement(By.tagName("main")).getText();
      assertThat(page).contains(added).contains("ditambahkan");
      screenshot("version-diff");
    } finally {
      browser.manage().deleteAllCookies();
    }
  }

  @Autowired id.rancang.support.ParticipationFixtures participation;
  @Autowired id.rancang.support.WorkshopFixtures workshops;
  @Autowired id.rancang.workshop.WorkshopAttendance attendance;

  @Test
  void aParticipantChecksInSubmitsAnIdeaAndVotesAndTheProjectorShowsTheVoteWithoutReloading()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    java.time.LocalDate today = attendance.today();
    long workshop =
        workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()), today, today);
    String checkInCode = attendance.dayCode(region.id(), workshop, today).code();
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    long question =
        participation.openLiveQuestion(region.id(), workshop, region.as(Role.EDITOR).accountId());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    String phone = browser.getWindowHandle();
    try {
      signIn(region.as(Role.PARTICIPANT).email(), region, wait);

      // the participant scans the day's QR code and confirms being there
      browser.get(url("/check-in/" + checkInCode));
      browser.findElement(By.cssSelector("section.check-in form button[type=submit]")).click();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(".check-in-status.present")));
      assertThat(attendance.presentCount(region.id(), workshop, today))
          .as("checked in for today")
          .isEqualTo(1L);
      screenshot("check-in");

      // the participant raises an idea from the workshop's idea page
      browser.get(url("/workshops/" + workshop + "/ideas"));
      browser.findElement(By.id("title")).sendKeys("Posyandu digital di setiap desa");
      browser.findElement(By.id("problem")).sendKeys("Data balita masih dicatat di buku");
      new Select(browser.findElement(By.id("dimension"))).selectByValue("LIVING");
      browser.findElement(By.cssSelector("#new-idea button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Posyandu digital di setiap desa"));

      // the projector, in a second tab, shows the new idea without votes
      browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      String projector = browser.getWindowHandle();
      browser.get(url("/live/" + question + "/projector"));
      By bar =
          By.xpath(
              "//ol[@id='bars']/li[span[@class='bar-label' and"
                  + " text()='Posyandu digital di setiap desa']]/span[@class='bar-count']");
      wait.until(ExpectedConditions.textToBe(bar, "0"));
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("window.rancangNotReloaded = true;");

      // on the phone the participant chooses the idea in the live question
      browser.switchTo().window(phone);
      browser.get(url("/workshops/" + workshop + "/live"));
      wait.until(ExpectedConditions.urlToBe(url("/live/" + question)));
      By choice = By.xpath("//ul[@class='live-choices']//button[contains(., 'Posyandu digital')]");
      // the choices refresh themselves (htmx) while we look: a stale button is looked up again
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              driver -> {
                driver.findElement(choice).click();
                return true;
              });
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(ExpectedConditions.attributeToBe(choice, "aria-pressed", "true"));
      screenshot("live-phone");

      // the projector shows the vote, pushed by the server
      browser.switchTo().window(projector);
      wait.until(ExpectedConditions.textToBe(bar, "1"));
      assertThat(
              ((org.openqa.selenium.JavascriptExecutor) browser)
                  .executeScript("return window.rancangNotReloaded === true;"))
          .as("the projector page was not reloaded")
          .isEqualTo(true);
      screenshot("live-projector");
      // opened afresh, the projector draws the bar of the leading idea across its whole width
      browser.navigate().refresh();
      By fill =
          By.xpath(
              "//ol[@id='bars']/li[span[@class='bar-label' and"
                  + " text()='Posyandu digital di setiap desa']]/span[@class='bar']/span");
      wait.until(
          driver ->
              driver.findElement(fill).getSize().getWidth() > 0
                  && driver.findElement(fill).getSize().getWidth()
                      >= driver.findElement(fill).findElement(By.xpath("..")).getSize().getWidth()
                          - 1);
      browser.close();
      browser.switchTo().window(phone);
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.manage().deleteAllCookies();
    }
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** An open exercise with four top-level criteria; the participant evaluates it. */
  private long[] openExerciseWithFourCriteria(TestRegion region) {
    long masterplan = fixtures.createMasterplan(region.id());
    long exercise =
        jdbc.sql(
                "insert into prioritisation_exercise (region_id, masterplan_id, name, status)"
                    + " values (?, ?, 'Prioritas program', 'OPEN') returning id")
            .params(region.id(), masterplan)
            .query(Long.class)
            .single();
    String[] names = {"Dampak sosial", "Dampak lingkungan", "Inovasi", "Biaya"};
    long[] ids = new long[5];
    ids[0] = exercise;
    for (int k = 0; k < names.length; k++) {
      ids[k + 1] =
          jdbc.sql(
                  "insert into criterion (region_id, exercise_id, code, name, position)"
                      + " values (?, ?, ?, ?, ?) returning id")
              .params(region.id(), exercise, "K" + (k + 1), names[k], k)
              .query(Long.class)
              .single();
    }
    long group =
        jdbc.sql(
                "insert into evaluator_group (region_id, exercise_id, name) values (?, ?,"
                    + " 'Masyarakat') returning id")
            .params(region.id(), exercise)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into evaluator (region_id, exercise_id, group_id, account_id)"
                + " values (?, ?, ?, ?)")
        .params(region.id(), exercise, group, region.as(Role.PARTICIPANT).accountId())
        .update();
    return ids;
  }

  @Test
  void anEvaluatorFillsAFourByFourComparisonAndSeesTheConsistencyRatioAndTheSuggestedCorrection()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long[] ids = openExerciseWithFourCriteria(region);
    long exercise = ids[0];
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    try {
      signIn(region.as(Role.PARTICIPANT).email(), region, wait);
      browser.get(url("/prioritisation/" + exercise + "/comparisons"));
      // each criterion twice as important as the next, except that Biaya is said to matter
      // far more than Dampak sosial: the one judgement against all the others
      String[][] choices = {
        {"1", "2", "2"},
        {"1", "3", "4"},
        {"1", "4", "1/8"},
        {"2", "3", "2"},
        {"2", "4", "4"},
        {"3", "4", "2"}
      };
      int judged = 0;
      for (String[] c : choices) {
        By radio =
            By.cssSelector(
                "input[name='v."
                    + ids[Integer.parseInt(c[0])]
                    + "-"
                    + ids[Integer.parseInt(c[1])]
                    + "'][value='"
                    + c[2]
                    + "']");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(
                driver -> {
                  driver.findElement(radio).click();
                  return true;
                });
        judged++;
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#set-top .set-result"), judged + " dari 6 pasangan dinilai"));
      }
      wait.until(
          ExpectedConditions.textToBe(
              By.id("comparison-progress"), "6 dari 6 pasangan sudah dinilai"));
      By ratio = By.cssSelector("#set-top .consistency strong");
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector("#set-top .consistency.warn")));
      double before = number(browser.findElement(ratio).getText());
      assertThat(before).as("the consistency ratio shown").isGreaterThan(0.1);
      String suggestion =
          browser.findElement(By.cssSelector("#set-top .suggestions li span")).getText();
      assertThat(suggestion).startsWith("Dampak sosial dibanding Biaya: Anda memberi 1/8");
      screenshot("comparison-inconsistent");

      // accepting the suggestion lowers the consistency ratio
      browser.findElement(By.cssSelector("#set-top .suggestions li button")).click();
      wait.until(
          driver -> {
            try {
              return number(driver.findElement(ratio).getText()) < before;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
              return false;
            }
          });
      screenshot("comparison-corrected");
    } finally {
      browser.manage().deleteAllCookies();
    }
  }

  @Autowired id.rancang.support.RoadmapFixtures roadmap;
  @Autowired id.rancang.programme.ProgrammePortfolio portfolio;

  @Test
  void anEditorOptimisesARoadmapSeesTheGanttAndIsWarnedWhenAManualMoveBreaksADependency()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    var programmes = roadmap.portfolio(region.id(), plan);
    long scenario = roadmap.scenario(region.id(), plan).id();
    String codeA = portfolio.get(region.id(), plan, programmes.a()).code();
    String codeC = portfolio.get(region.id(), plan, programmes.c()).code();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.manage().deleteAllCookies();
    try {
      signIn(region.as(Role.EDITOR).email(), region, wait);
      browser.get(url("/masterplans/" + plan + "/roadmap/scenarios/" + scenario));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-solved")));

      browser.findElement(By.id("solve")).click();
      // the page polls the solve and reloads itself with the answer
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Optimal"));
      String gantt = browser.findElement(By.id("gantt")).getText();
      assertThat(gantt).contains(codeA).contains(codeC);
      int startA =
          Integer.parseInt(
              new org.openqa.selenium.support.ui.Select(
                      browser.findElement(By.id("start-" + programmes.a())))
                  .getFirstSelectedOption()
                  .getAttribute("value"));
      screenshot("roadmap-solved");

      // C waits for A: starting it in A's first year breaks that
      new org.openqa.selenium.support.ui.Select(
              browser.findElement(By.id("start-" + programmes.c())))
          .selectByValue(Integer.toString(startA));
      browser
          .findElement(
              By.xpath(
                  "//select[@id='start-"
                      + programmes.c()
                      + "']/following-sibling::button[@type='submit']"))
          .click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("violations"), codeC));
      assertThat(browser.findElement(By.id("violations")).getText()).contains(codeA);
      assertThat(browser.getCurrentUrl())
          .as("the edit is answered in place")
          .endsWith("/roadmap/scenarios/" + scenario);
      screenshot("roadmap-violation");
    } finally {
      browser.manage().deleteAllCookies();
    }
  }

  /** The number in "CR 0,123" as the page writes it in Indonesian. */
  private static double number(String text) {
    return Double.parseDouble(text.replaceAll("[^0-9,]", "").replace(',', '.'));
  }

  private void signIn(String email, TestRegion region, WebDriverWait wait) {
    browser.get(url("/login"));
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys("kata-sandi-uji-123");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), region.region().name()));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static final class WebElementText {
    static String of(org.openqa.selenium.WebElement element) {
      return element.getText();
    }
  }
}
