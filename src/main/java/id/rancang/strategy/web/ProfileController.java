package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.BreakdownItem;
import id.rancang.strategy.ProfileImportSummary;
import id.rancang.strategy.ProfileStat;
import id.rancang.strategy.ProfileStatCommand;
import id.rancang.strategy.ProfileStatistics;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of a masterplan's regional profile: statistics, their breakdown chart, and import. */
@Controller
@RequestMapping("/masterplans/{masterplanId}/profile")
@PreAuthorize("hasRole('MEMBER')")
class ProfileController {

  static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  /** Height of one bar row of the breakdown chart, in pixels. */
  static final int BAR_ROW = 28;

  /** Where bars start and how much of the chart width they may take, in percent. */
  static final double BAR_START = 35;

  static final double BAR_SPAN = 50;

  private final ProfileStatistics statistics;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;
  private final Validator validator;

  ProfileController(
      ProfileStatistics statistics,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages,
      Validator validator) {
    this.statistics = statistics;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
    this.validator = validator;
  }

  /**
   * Values the form cannot convert (letters in the year) are reported with {@code
   * strategy.profile.typeMismatch} instead of a technical conversion message.
   */
  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
    codes.setPrefix("strategy.profile.");
    binder.setMessageCodesResolver(codes);
  }

  @GetMapping
  String list(@PathVariable long masterplanId, Model model) {
    Masterplan masterplan = masterplan(masterplanId, model);
    NumberFormat format = numberFormat();
    model.addAttribute(
        "stats",
        statistics.list(region.id(), masterplan.id()).stream()
            .map(s -> new ProfileStatRow(s, format.format(s.value())))
            .toList());
    model.addAttribute("canEdit", canEdit());
    return "strategy/profile";
  }

  @GetMapping("/new")
  @PreAuthorize(EDITORS)
  String newForm(@PathVariable long masterplanId, Model model) {
    masterplan(masterplanId, model);
    model.addAttribute("form", new ProfileStatForm(null, null, null, null, null, null));
    return "strategy/profile-form";
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @PathVariable long masterplanId,
      @Valid @ModelAttribute("form") ProfileStatForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    masterplan(masterplanId, model);
    ProfileStatCommand command = command(form, result);
    if (result.hasErrors()) {
      return "strategy/profile-form";
    }
    try {
      ProfileStat created = statistics.create(region.id(), masterplanId, command);
      redirect.addFlashAttribute(
          "flash",
          messages.get("strategy.profile.created", created.name(), String.valueOf(created.year())));
      return "redirect:/masterplans/" + masterplanId + "/profile";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "strategy/profile-form";
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    masterplan(masterplanId, model);
    ProfileStat stat = statistics.get(region.id(), masterplanId, id);
    NumberFormat format = numberFormat();
    model.addAttribute("stat", new ProfileStatRow(stat, format.format(stat.value())));
    List<BreakdownBar> bars = bars(stat.breakdown(), format);
    model.addAttribute("bars", bars);
    model.addAttribute("chartHeight", bars.size() * BAR_ROW + 4);
    model.addAttribute("canEdit", canEdit());
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "strategy/profile-stat";
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(EDITORS)
  String editForm(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    masterplan(masterplanId, model);
    ProfileStat stat = statistics.get(region.id(), masterplanId, id);
    model.addAttribute(
        "form",
        new ProfileStatForm(
            stat.name(),
            stat.value().toPlainString(),
            stat.unit(),
            stat.year(),
            stat.source(),
            ProfileStatistics.formatBreakdown(stat.breakdown(), "\n")));
    model.addAttribute("stat", stat);
    model.addAttribute("version", stat.version());
    return "strategy/profile-form";
  }

  @PostMapping("/{id}")
  @PreAuthorize(EDITORS)
  String update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @Valid @ModelAttribute("form") ProfileStatForm form,
      BindingResult result,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    masterplan(masterplanId, model);
    ProfileStat stat = statistics.get(region.id(), masterplanId, id);
    model.addAttribute("stat", stat);
    model.addAttribute("version", version);
    ProfileStatCommand command = command(form, result);
    if (result.hasErrors()) {
      return "strategy/profile-form";
    }
    try {
      ProfileStat saved = statistics.update(region.id(), masterplanId, id, command, version);
      redirect.addFlashAttribute(
          "flash",
          messages.get("strategy.profile.saved", saved.name(), String.valueOf(saved.year())));
      return "redirect:/masterplans/" + masterplanId + "/profile/" + id;
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "strategy/profile-form";
    } catch (ConcurrentEditException e) {
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      return "strategy/profile-form";
    }
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EDITORS)
  String delete(
      @PathVariable long masterplanId,
      @PathVariable long id,
      Model model,
      RedirectAttributes redirect) {
    masterplan(masterplanId, model);
    ProfileStat stat = statistics.get(region.id(), masterplanId, id);
    statistics.delete(region.id(), masterplanId, id);
    redirect.addFlashAttribute(
        "flash",
        messages.get("strategy.profile.deleted", stat.name(), String.valueOf(stat.year())));
    return "redirect:/masterplans/" + masterplanId + "/profile";
  }

  @PostMapping("/{id}/move")
  @PreAuthorize(EDITORS)
  String move(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam String direction,
      Model model) {
    masterplan(masterplanId, model);
    statistics.move(region.id(), masterplanId, id, "up".equals(direction));
    return "redirect:/masterplans/" + masterplanId + "/profile";
  }

  @GetMapping("/import")
  @PreAuthorize(EDITORS)
  String importForm(@PathVariable long masterplanId, Model model) {
    masterplan(masterplanId, model);
    return "strategy/profile-import";
  }

  @PostMapping("/import")
  @PreAuthorize(EDITORS)
  String importFile(
      @PathVariable long masterplanId,
      @RequestParam("file") MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    masterplan(masterplanId, model);
    try {
      ProfileImportSummary summary =
          statistics.importFile(
              region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
      redirect.addFlashAttribute(
          "flash", messages.get("strategy.profile.imported", summary.created(), summary.updated()));
      return "redirect:/masterplans/" + masterplanId + "/profile";
    } catch (ImportRejectedException e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("filename", file.getOriginalFilename());
      return "strategy/profile-import";
    }
  }

  @GetMapping("/import/template.csv")
  ResponseEntity<byte[]> template(@PathVariable long masterplanId) {
    masterplans.get(region.id(), masterplanId);
    String csv =
        "nama,nilai,satuan,tahun,sumber,rincian\n"
            + "Jumlah penduduk,1623595,jiwa,2023,BPS,Adiwerna=128000; Slawi=75000\n"
            + "Indeks Pembangunan Manusia,\"71,5\",indeks,2023,BPS,\n";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("profil-daerah-template.csv")
                .build()
                .toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  private Masterplan masterplan(long masterplanId, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplan);
    return masterplan;
  }

  private static boolean canEdit() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }

  /** The command for the form, with the value and breakdown read; problems go onto the form. */
  private ProfileStatCommand command(ProfileStatForm form, BindingResult result) {
    BigDecimal value = null;
    if (form.value() != null && !form.value().isBlank() && !result.hasFieldErrors("value")) {
      try {
        value = ProfileStatistics.parseValue(form.value());
      } catch (InvalidInputException e) {
        reject(result, e);
      }
    }
    List<BreakdownItem> breakdown = List.of();
    if (!result.hasFieldErrors("breakdown")) {
      try {
        breakdown = ProfileStatistics.parseBreakdown(form.breakdown());
      } catch (InvalidInputException e) {
        reject(result, e);
      }
    }
    ProfileStatCommand command =
        new ProfileStatCommand(
            form.name(), value, form.unit(), form.year(), form.source(), breakdown);
    if (!result.hasErrors()) {
      for (ConstraintViolation<ProfileStatCommand> v : validator.validate(command)) {
        String path = v.getPropertyPath().toString();
        String field = path.startsWith("breakdown") ? "breakdown" : path;
        result.rejectValue(field, "invalid", v.getMessage());
      }
    }
    return command;
  }

  private void reject(BindingResult result, InvalidInputException e) {
    for (FieldProblem problem : e.problems()) {
      result.rejectValue(
          problem.field(),
          problem.messageKey(),
          problem.args().toArray(),
          messages.get(problem.messageKey(), problem.args()));
    }
  }

  static List<BreakdownBar> bars(List<BreakdownItem> breakdown, NumberFormat format) {
    BigDecimal max =
        breakdown.stream().map(b -> b.value().abs()).reduce(BigDecimal.ZERO, BigDecimal::max);
    List<BreakdownBar> bars = new ArrayList<>();
    for (int i = 0; i < breakdown.size(); i++) {
      BreakdownItem item = breakdown.get(i);
      double percent =
          max.signum() == 0 ? 0 : item.value().abs().doubleValue() / max.doubleValue() * 100;
      double width = percent * BAR_SPAN / 100;
      int y = i * BAR_ROW + 2;
      bars.add(
          new BreakdownBar(
              item.label(),
              format.format(item.value()),
              svgPercent(BAR_START),
              svgPercent(width),
              svgPercent(BAR_START + width + 1),
              y,
              y + 15));
    }
    return bars;
  }

  private static String svgPercent(double percent) {
    return String.format(Locale.ROOT, "%.2f%%", percent);
  }

  private static NumberFormat numberFormat() {
    Locale locale = LocaleContextHolder.getLocale();
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(4);
    return format;
  }
}
