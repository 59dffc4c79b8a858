package id.rancang.workshop.web;

import id.rancang.identity.AccountManagement;
import id.rancang.identity.RancangUser;
import id.rancang.identity.SelfRegistration;
import id.rancang.identity.SelfRegistration.Registration;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.Throttle;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Consultations;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.PublicConsultation;
import id.rancang.workshop.WorkshopLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public face of a consultation, for everybody without signing in: the consultation and its
 * visible ideas (most supported first) to read, and the form with which a person registers to take
 * part. Drafts are not public (404). Nothing here names the people who take part.
 *
 * <p>Registrations are limited per client IP address ({@code
 * rancang.workshop.limits.registrations-per-hour}); behind a reverse proxy the address is the one
 * the proxy reports (server.forward-headers-strategy), never a header a client could forge itself.
 */
@Controller
class PublicConsultationController {

  private static final String PATH = "/public/consultations/";

  private final Consultations consultations;
  private final Ideas ideas;
  private final SelfRegistration registration;
  private final Throttle throttle;
  private final WorkshopLimits limits;
  private final Messages messages;

  PublicConsultationController(
      Consultations consultations,
      Ideas ideas,
      SelfRegistration registration,
      Throttle throttle,
      WorkshopLimits limits,
      Messages messages) {
    this.consultations = consultations;
    this.ideas = ideas;
    this.registration = registration;
    this.throttle = throttle;
    this.limits = limits;
    this.messages = messages;
  }

  @GetMapping(PATH + "{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    PublicConsultation consultation = publicConsultation(id);
    model.addAttribute("consultation", consultation);
    model.addAttribute("ideas", ideas.ofPublicConsultation(id, PageRequest.of(page, null)));
    model.addAttribute("signedIn", signedIn());
    return Htmx.view(request, "workshop/public-consultation", "results");
  }

  @GetMapping(PATH + "{id}/register")
  String registerForm(@PathVariable long id, Model model) {
    model.addAttribute("form", new RegistrationForm());
    return registerPage(model, publicConsultation(id));
  }

  @PostMapping(PATH + "{id}/register")
  String register(
      @PathVariable long id,
      @ModelAttribute("form") RegistrationForm form,
      BindingResult binding,
      Model model,
      HttpServletRequest request) {
    PublicConsultation consultation = publicConsultation(id);
    if (!consultation.open() || !registration.available()) {
      // the page says why nobody can register now; nothing is done
      return registerPage(model, consultation);
    }
    Registration entered =
        new Registration(
            consultation.regionId(),
            form.getName(),
            form.getEmail(),
            form.getPassword(),
            form.isConsent(),
            "/consultations/" + id + "/ideas");
    try {
      registration.check(entered);
    } catch (InvalidInputException e) {
      Forms.reject(binding, e, messages);
    }
    if (form.getPassword() != null
        && !form.getPassword().isEmpty()
        && !form.getPassword().equals(form.getPasswordRepeat())) {
      binding.rejectValue(
          "passwordRepeat",
          "identity.password.mismatch",
          messages.get("identity.password.mismatch"));
    }
    if (binding.hasErrors()) {
      form.setPassword(null);
      form.setPasswordRepeat(null);
      return registerPage(model, consultation);
    }
    // counted only for complete registrations: mistyping does not use up the limit
    throttle.enforce(
        "consultation-register:ip:" + request.getRemoteAddr(),
        limits.registrationsPerHour(),
        Duration.ofHours(1));
    registration.register(entered);
    // the same answer whether or not the address has an account
    model.addAttribute("consultation", consultation);
    model.addAttribute("email", form.getEmail().strip());
    return "workshop/public-register-sent";
  }

  private String registerPage(Model model, PublicConsultation consultation) {
    model.addAttribute("consultation", consultation);
    model.addAttribute("available", registration.available());
    model.addAttribute("minPasswordLength", AccountManagement.MIN_PASSWORD_LENGTH);
    model.addAttribute("signedIn", signedIn());
    return "workshop/public-register";
  }

  private PublicConsultation publicConsultation(long id) {
    return consultations
        .publicView(id)
        .orElseThrow(() -> new NotFoundException("consultation", id));
  }

  private static boolean signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof RancangUser;
  }
}
