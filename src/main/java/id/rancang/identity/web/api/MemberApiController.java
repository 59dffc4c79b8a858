package id.rancang.identity.web.api;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.AccountStatus;
import id.rancang.identity.Member;
import id.rancang.identity.NewMember;
import id.rancang.identity.NewMemberCommand;
import id.rancang.identity.Role;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people of a region and their roles (region administrators). */
@RestController
@RequestMapping("/api/v1/regions/{code}/users")
@PreAuthorize("hasRole('REGION_ADMIN')")
@Tag(name = "Users")
class MemberApiController {

  private final AccountManagement management;
  private final AccountCatalog catalog;
  private final CurrentRegion region;

  MemberApiController(AccountManagement management, AccountCatalog catalog, CurrentRegion region) {
    this.management = management;
    this.catalog = catalog;
    this.region = region;
  }

  /** A person's role in the region; the invitation link only right after an invitation. */
  record MemberJson(
      long id,
      String email,
      String name,
      Role role,
      Long opdId,
      AccountStatus status,
      String invitationLink) {
    static MemberJson of(Member m, String link) {
      return new MemberJson(
          m.accountId(), m.email(), m.name(), m.role(), m.opdId(), m.status(), link);
    }
  }

  /** A new role (and OPD for OPD contributors). */
  record RoleChange(Role role, Long opdId) {}

  @GetMapping
  ResponseEntity<List<MemberJson>> list(
      @PathVariable String code,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        catalog
            .members(region.id(), q, PageRequest.of(page, size))
            .map(m -> MemberJson.of(m, null)));
  }

  @PostMapping
  @Operation(
      summary = "Add a person to the region",
      description = "Without a password the answer holds a single-use invitation link.")
  ResponseEntity<MemberJson> add(
      @PathVariable String code, @Valid @RequestBody NewMemberCommand body) {
    NewMember added = management.addMember(region.id(), body);
    return ResponseEntity.created(
            URI.create("/api/v1/regions/" + code + "/users/" + added.member().accountId()))
        .body(MemberJson.of(added.member(), added.invitationLink()));
  }

  @PutMapping("/{accountId}")
  MemberJson changeRole(
      @PathVariable String code, @PathVariable long accountId, @RequestBody RoleChange body) {
    return MemberJson.of(
        management.changeRole(region.id(), accountId, body.role(), body.opdId()), null);
  }

  @DeleteMapping("/{accountId}")
  ResponseEntity<Void> remove(@PathVariable String code, @PathVariable long accountId) {
    management.removeMember(region.id(), accountId);
    return ResponseEntity.noContent().build();
  }
}
