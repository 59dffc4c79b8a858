package id.rancang.identity;

import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.Search;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads accounts and their memberships. */
@Service
public class AccountCatalog {

  private static final String ACCOUNT_COLUMNS =
      "id, email, name, system_admin, status, locale, version";
  private static final String MEMBER_SELECT =
      "select a.id as account_id, a.email, a.name, a.status, m.region_id, m.role, m.opd_id"
          + " from membership m join account a on a.id = m.account_id";

  private final JdbcClient jdbc;

  AccountCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> findByEmail(String email) {
    return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where lower(email) = lower(?)")
        .param(email.strip())
        .query(AccountCatalog::mapAccount)
        .optional();
  }

  public Optional<Account> findById(long id) {
    return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where id = ?")
        .param(id)
        .query(AccountCatalog::mapAccount)
        .optional();
  }

  public long countAccounts() {
    return jdbc.sql("select count(*) from account").query(Long.class).single();
  }

  /** The regions an account belongs to, with its role in each. */
  public List<Member> membershipsOf(long accountId) {
    return jdbc.sql(MEMBER_SELECT + " where m.account_id = ? order by m.region_id")
        .param(accountId)
        .query(AccountCatalog::mapMember)
        .list();
  }

  public Optional<Member> membership(long accountId, long regionId) {
    return jdbc.sql(MEMBER_SELECT + " where m.account_id = ? and m.region_id = ?")
        .params(accountId, regionId)
        .query(AccountCatalog::mapMember)
        .optional();
  }

  public Page<Member> members(long regionId, String text, PageRequest page) {
    String like = Search.containsPattern(text);
    String where = " where m.region_id = ? and lower(a.name || ' ' || a.email) like ?";
    long total =
        jdbc.sql("select count(*) from membership m join account a on a.id = m.account_id" + where)
            .params(regionId, like)
            .query(Long.class)
            .single();
    List<Member> items =
        jdbc.sql(MEMBER_SELECT + where + " order by lower(a.name), a.id limit ? offset ?")
            .params(regionId, like, page.size(), page.offset())
            .query(AccountCatalog::mapMember)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  static Account mapAccount(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("name"),
        rs.getBoolean("system_admin"),
        AccountStatus.valueOf(rs.getString("status")),
        rs.getString("locale"),
        rs.getInt("version"));
  }

  static Member mapMember(ResultSet rs, int row) throws SQLException {
    long opd = rs.getLong("opd_id");
    Long opdId = rs.wasNull() ? null : opd;
    return new Member(
        rs.getLong("account_id"),
        rs.getString("email"),
        rs.getString("name"),
        AccountStatus.valueOf(rs.getString("status")),
        rs.getLong("region_id"),
        Role.valueOf(rs.getString("role")),
        opdId);
  }
}
