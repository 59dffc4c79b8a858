package id.rancang.identity.internal;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.identity.RancangUser;
import id.rancang.identity.Role;
import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionOwnedRecords;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides which region a request works in and what the person may do there. API requests name the
 * region in the path ({@code /api/v1/regions/{code}/...}); pages use the region chosen in the
 * session (or the person's first region). A region the person has no role in is answered as not
 * found. Paths {@code /api/v1/masterplans/{id}/...} work in the masterplan's region. The region
 * roles become authorities of this request only.
 */
class RegionContextFilter extends OncePerRequestFilter {

  static final String SESSION_REGION = "rancang.regionId";
  private static final Pattern API_REGION = Pattern.compile("^/api/v1/regions/([^/]+)(/.*)?$");
  private static final Pattern API_MASTERPLAN =
      Pattern.compile("^/api/v1/masterplans/([^/]+)(/.*)?$");
  private static final String API_PREFIX = "/api/v1/";

  private final RegionCatalog regions;
  private final AccountCatalog accounts;
  private final CurrentRegion currentRegion;
  private final MasterplanManagement masterplans;
  private final List<RegionOwnedRecords> ownedRecords;
  private final Messages messages;

  RegionContextFilter(
      RegionCatalog regions,
      AccountCatalog accounts,
      CurrentRegion currentRegion,
      MasterplanManagement masterplans,
      List<RegionOwnedRecords> ownedRecords,
      Messages messages) {
    this.masterplans = masterplans;
    this.ownedRecords = ownedRecords;
    this.regions = regions;
    this.accounts = accounts;
    this.currentRegion = currentRegion;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    try {
      if (auth != null && auth.getPrincipal() instanceof RancangUser user) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher api = API_REGION.matcher(path);
        Matcher apiMasterplan = API_MASTERPLAN.matcher(path);
        Optional<OwnedRecord> owner = ownedRecord(path);
        Optional<Region> region;
        Optional<Member> membership;
        if (api.matches() || apiMasterplan.matches() || owner.isPresent()) {
          if (api.matches()) {
            region = regions.findByCode(api.group(1));
          } else if (apiMasterplan.matches()) {
            region = masterplanRegion(apiMasterplan.group(1)).flatMap(regions::findById);
          } else {
            region = recordRegion(owner.get().owner(), owner.get().id()).flatMap(regions::findById);
          }
          membership = region.flatMap(r -> accounts.membership(user.accountId(), r.id()));
          if (region.isEmpty() || (membership.isEmpty() && !user.systemAdmin())) {
            ProblemWriter.write(
                response,
                HttpStatus.NOT_FOUND,
                messages.get("shared.error.404.title"),
                messages.get("shared.error.notFound", messages.get("shared.record.region")));
            return;
          }
        } else if (path.startsWith("/api/")) {
          region = Optional.empty();
          membership = Optional.empty();
        } else {
          List<Member> memberships = accounts.membershipsOf(user.accountId());
          HttpSession session = request.getSession(false);
          Object chosen = session == null ? null : session.getAttribute(SESSION_REGION);
          membership =
              memberships.stream()
                  .filter(m -> chosen instanceof Long id && m.regionId() == id)
                  .findFirst();
          if (membership.isPresent()) {
            region = regions.findById(membership.get().regionId());
          } else if (user.systemAdmin() && chosen instanceof Long id) {
            region = regions.findById(id);
          } else if (!memberships.isEmpty()) {
            membership = Optional.of(memberships.get(0));
            region = regions.findById(memberships.get(0).regionId());
          } else if (user.systemAdmin()) {
            region = regions.search(null, new PageRequest(0, 1)).items().stream().findFirst();
          } else {
            region = Optional.empty();
          }
        }
        region.ifPresent(currentRegion::set);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, authorities(user, region, membership)));
        SecurityContextHolder.setContext(context);
      }
      chain.doFilter(request, response);
    } finally {
      currentRegion.clear();
    }
  }

  /** A record the path addresses by id, and that id. */
  private record OwnedRecord(RegionOwnedRecords owner, String id) {}

  /**
   * The record {@code /api/v1/<segment>/<id>/...} addresses, where the segment is one or more path
   * segments a module declared (e.g. {@code programmes}, {@code prioritisation/exercises}); the
   * longest declared segment wins.
   */
  private Optional<OwnedRecord> ownedRecord(String path) {
    OwnedRecord found = null;
    int longest = -1;
    for (RegionOwnedRecords owner : ownedRecords) {
      String prefix = API_PREFIX + owner.apiSegment() + "/";
      if (path.startsWith(prefix) && prefix.length() > longest) {
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        if (!id.isEmpty()) {
          found = new OwnedRecord(owner, id);
          longest = prefix.length();
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<Long> recordRegion(RegionOwnedRecords owner, String id) {
    try {
      return owner.regionOf(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<Long> masterplanRegion(String id) {
    try {
      return masterplans.regionOf(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static List<GrantedAuthority> authorities(
      RancangUser user, Optional<Region> region, Optional<Member> membership) {
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    if (region.isPresent()) {
      authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
      if (user.systemAdmin()) {
        authorities.add(new SimpleGrantedAuthority(Role.REGION_ADMIN.authority()));
      }
      membership.ifPresent(
          m -> {
            authorities.add(new SimpleGrantedAuthority(m.role().authority()));
            if (m.opdId() != null) {
              authorities.add(new SimpleGrantedAuthority("OPD_" + m.opdId()));
            }
          });
    }
    return authorities;
  }
}
